package onestop.catalog;

/** Whether a material is handed in as the original, a copy, or both. */
public enum MaterialForm {
    ORIGINAL("原件"),
    COPY("複印件"),
    ORIGINAL_AND_COPY("原件及複印件");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MaterialForm parse(String value) {
        return CatalogEnums.parse(values(), value, MaterialForm::label);
    }
}
