package onestop.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The center's time zone, in which "today" and every working-day deadline are counted: the
 * system property {@code onestop.zone} (e.g. {@code Asia/Shanghai}), else the server's default.
 */
public final class CenterTime {
    private CenterTime() {
    }

    public static ZoneId zone() {
        String configured = System.getProperty("onestop.zone");
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : ZoneId.of(configured.strip());
    }

    public static LocalDate today() {
        return LocalDate.now(zone());
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }
}
