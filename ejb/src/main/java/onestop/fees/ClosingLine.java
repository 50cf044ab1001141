package onestop.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import onestop.fees.FeeEnums.Dimension;

import java.io.Serializable;
import java.math.BigDecimal;

/** One total of a closed day, as it was closed. */
@Embeddable
public record ClosingLine(
        @Enumerated(EnumType.STRING) @Column(name = "dimension", nullable = false, length = 20) Dimension dimension,
        @Column(name = "line_key", nullable = false, length = 60) String key,
        @Column(name = "label", nullable = false, length = 300) String label,
        @Column(name = "entries", nullable = false) int entries,
        @Column(name = "amount", nullable = false, precision = 14, scale = 2) BigDecimal amount) implements Serializable {
}
