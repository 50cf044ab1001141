package onestop.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the amount of a fee item is computed, parsed from the catalog's {@code standard} text:
 * <ul>
 * <li>{@code fixed}: the item's amount, once;</li>
 * <li>{@code per-unit:平方米} or {@code per-unit:本;free:1}: the item's amount per unit times the
 *     quantity (up to two decimals), the first {@code free} units free;</li>
 * <li>{@code tiered:中標金額;0:1%;1000000:0.5%}: a percentage of a base amount in yuan, charged
 *     by the difference-progressive method (差額累進): each rate applies to the part of the base
 *     between its lower bound and the next. One tier ({@code tiered:成交價格;0:3%}) is a flat rate.</li>
 * </ul>
 * Amounts are exact ({@link BigDecimal}); the result is rounded half-up to the cent once, at the end.
 */
public record FeeStandard(Kind kind, String unit, BigDecimal price, BigDecimal freeUnits, List<Tier> tiers) {
    /** The three ways a fee standard computes an amount. */
    public enum Kind { FIXED, PER_UNIT, TIERED }

    /** From {@code from} yuan of the base (inclusive) up to the next tier, {@code percent} % of that part. */
    public record Tier(BigDecimal from, BigDecimal percent) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeeStandard {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /**
     * The standard of a catalog fee item: its {@code standard} text, or {@code fixed} when it has
     * none and an amount.
     *
     * @throws IllegalArgumentException when the text is not a standard, or does not fit the amount
     */
    public static FeeStandard of(FeeItem fee) {
        String text = fee.standard();
        if (text == null || text.isBlank()) {
            if (fee.amount() == null) {
                throw new IllegalArgumentException("no standard and no amount");
            }
            return new FeeStandard(Kind.FIXED, null, fee.amount(), null, List.of());
        }
        return parse(text, fee.amount());
    }

    /** Parses a standard text for a fee item whose amount (price) is {@code amount}, possibly null. */
    public static FeeStandard parse(String text, BigDecimal amount) {
        String[] parts = text.strip().split("\\s*;\\s*");
        String head = parts[0];
        int colon = head.indexOf(':');
        String kind = (colon < 0 ? head : head.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? "" : head.substring(colon + 1).strip();
        switch (kind) {
            case "fixed" -> {
                requireArguments(parts.length == 1 && argument.isEmpty());
                return new FeeStandard(Kind.FIXED, null, price(amount), null, List.of());
            }
            case "per-unit" -> {
                requireArguments(!argument.isEmpty() && argument.length() <= 20 && parts.length <= 2);
                BigDecimal free = BigDecimal.ZERO;
                if (parts.length == 2) {
                    String[] option = parts[1].split("\\s*:\\s*", 2);
                    requireArguments(option.length == 2 && option[0].equalsIgnoreCase("free"));
                    free = number(option[1]);
                }
                return new FeeStandard(Kind.PER_UNIT, argument, price(amount), free, List.of());
            }
            case "tiered" -> {
                requireArguments(!argument.isEmpty() && argument.length() <= 40 && parts.length >= 2);
                List<Tier> tiers = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    String[] tier = parts[i].split("\\s*:\\s*", 2);
                    requireArguments(tier.length == 2 && tier[1].endsWith("%"));
                    BigDecimal from = number(tier[0]);
                    BigDecimal percent = number(tier[1].substring(0, tier[1].length() - 1).strip());
                    requireArguments(percent.compareTo(HUNDRED) <= 0 && percent.scale() <= 4);
                    requireArguments(tiers.isEmpty() ? from.signum() == 0
                            : from.compareTo(tiers.get(tiers.size() - 1).from()) > 0);
                    tiers.add(new Tier(from, percent));
                }
                return new FeeStandard(Kind.TIERED, argument, null, null, tiers);
            }
            default -> throw new IllegalArgumentException("unknown kind of fee standard: " + kind);
        }
    }

    /** Whether the amount depends on a number given on the notice (units or a base amount). */
    public boolean needsQuantity() {
        return kind != Kind.FIXED;
    }

    /**
     * The amount due, rounded half-up to the cent.
     *
     * @param quantity units ({@link Kind#PER_UNIT}) or the base in yuan ({@link Kind#TIERED}),
     *                 at most two decimals, not negative; ignored for {@link Kind#FIXED}
     * @throws IllegalArgumentException when a needed quantity is missing, negative or finer than a cent
     */
    public BigDecimal charge(BigDecimal quantity) {
        if (kind == Kind.FIXED) {
            return cents(price);
        }
        if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("quantity must be given, not negative, at most two decimals");
        }
        if (kind == Kind.PER_UNIT) {
            BigDecimal charged = quantity.subtract(freeUnits).max(BigDecimal.ZERO);
            return cents(price.multiply(charged));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (quantity.compareTo(tier.from()) <= 0) {
                break;
            }
            BigDecimal upper = i + 1 < tiers.size() ? quantity.min(tiers.get(i + 1).from()) : quantity;
            total = total.add(upper.subtract(tier.from()).multiply(tier.percent()));
        }
        return cents(total.divide(HUNDRED));
    }

    /** The standard in its catalog form, e.g. {@code per-unit:本;free:1}. */
    public String text() {
        return switch (kind) {
            case FIXED -> "fixed";
            case PER_UNIT -> "per-unit:" + unit + (freeUnits.signum() == 0 ? "" : ";free:" + freeUnits.toPlainString());
            case TIERED -> "tiered:" + unit + tiers.stream()
                    .map(t -> ";" + t.from().toPlainString() + ":" + t.percent().stripTrailingZeros().toPlainString() + "%")
                    .reduce("", String::concat);
        };
    }

    /** The standard as a person reads it on a notice (Traditional Chinese, like the catalog). */
    public String describe() {
        return switch (kind) {
            case FIXED -> "定額 " + money(price) + " 元";
            case PER_UNIT -> "每" + unit + " " + money(price) + " 元"
                    + (freeUnits.signum() == 0 ? "" : "（首 " + freeUnits.stripTrailingZeros().toPlainString() + " " + unit + "免收）");
            case TIERED -> "按" + unit + (tiers.size() == 1 ? "的 " + percent(tiers.get(0)) : "差額累進："
                    + String.join("；", tiers.stream().map(t -> money(t.from()) + " 元以上部分 " + percent(t)).toList()));
        };
    }

    public static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String percent(Tier t) {
        return t.percent().stripTrailingZeros().toPlainString() + "%";
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal price(BigDecimal amount) {
        requireArguments(amount != null && amount.signum() >= 0);
        return amount;
    }

    private static BigDecimal number(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            requireArguments(value.signum() >= 0);
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    private static void requireArguments(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("malformed fee standard");
        }
    }
}
