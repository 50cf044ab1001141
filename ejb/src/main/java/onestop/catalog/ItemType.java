package onestop.catalog;

/** The legal nature of an item (事項類型). */
public enum ItemType {
    ADMINISTRATIVE_LICENSE("行政許可"),
    ADMINISTRATIVE_CONFIRMATION("行政確認"),
    ADMINISTRATIVE_PAYMENT("行政給付"),
    ADMINISTRATIVE_LEVY("行政徵收"),
    PUBLIC_SERVICE("公共服務"),
    OTHER("其他");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** The Chinese name used in spreadsheets. */
    public String label() {
        return label;
    }

    /** By code or by Chinese name; null when neither matches. */
    public static ItemType parse(String value) {
        return CatalogEnums.parse(values(), value, ItemType::label);
    }
}
