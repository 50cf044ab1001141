package onestop.web.fees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import onestop.catalog.FeeStandard;

import java.math.BigDecimal;

/**
 * Amounts on the fee screens as on the printed notices and receipts: {@code #{money.of(x)}} gives
 * 9,000.00 (grouped, two decimals), so that a cashier compares the screen with the paper at a glance.
 */
@Named
@ApplicationScoped
public class Money {

    public String of(BigDecimal amount) {
        return amount == null ? "" : FeeStandard.money(amount);
    }
}
