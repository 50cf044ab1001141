package onestop.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item's own due-soon margin in working days, instead of the center-wide one. */
@Entity
@Table(name = "item_alert_margin")
public class ItemAlertMargin {
    @Id
    @Column(name = "item_code", length = 40)
    private String itemCode;

    @Column(name = "margin_days", nullable = false)
    private int marginDays;

    protected ItemAlertMargin() {
    }

    ItemAlertMargin(String itemCode, int marginDays) {
        this.itemCode = itemCode;
        this.marginDays = marginDays;
    }

    public String getItemCode() {
        return itemCode;
    }

    public int getMarginDays() {
        return marginDays;
    }

    void setMarginDays(int marginDays) {
        this.marginDays = marginDays;
    }
}
