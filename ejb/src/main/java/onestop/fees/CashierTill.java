package onestop.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A cashier's till: one row per cashier, locked by every payment, correction and closing that
 * touches the cashier's money, so that a payment cannot slip into a day while it is being closed.
 */
@Entity
@Table(name = "cashier_till")
public class CashierTill {
    @Id
    @Column(length = 60)
    private String cashier;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected CashierTill() {
    }

    CashierTill(String cashier, Instant openedAt) {
        this.cashier = cashier;
        this.openedAt = openedAt;
    }

    public String getCashier() {
        return cashier;
    }
}
