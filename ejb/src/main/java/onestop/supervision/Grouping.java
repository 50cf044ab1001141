package onestop.supervision;

/** How a report groups cases. */
public enum Grouping {
    CENTER, DEPARTMENT, WINDOW, ITEM;

    String keyOf(CaseFacts c) {
        return switch (this) {
            case CENTER -> "*";
            case DEPARTMENT -> c.departmentCode();
            case WINDOW -> c.windowCode() == null ? "-" : c.windowCode();
            case ITEM -> c.itemCode();
        };
    }
}
