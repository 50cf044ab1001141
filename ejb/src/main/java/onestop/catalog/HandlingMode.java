package onestop.catalog;

/**
 * How an item is handled (辦理方式): on the spot, within a promised time, jointly by several
 * departments in parallel under a lead department, reported upward, urgent, or a controlled
 * matter answered with a reply.
 */
public enum HandlingMode {
    IMMEDIATE("即辦"),
    PROMISED("承諾辦"),
    JOINT("聯辦"),
    REPORTED("上報"),
    URGENT("特急"),
    CONTROLLED("控制");

    private final String label;

    HandlingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static HandlingMode parse(String value) {
        return CatalogEnums.parse(values(), value, HandlingMode::label);
    }
}
