package onestop.web.items;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import onestop.catalog.ItemCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The validator of every public catalog answer (page, PDF, JSON): what a public answer shows
 * depends only on the published catalog ({@link ItemCatalog#lastChange()}), the day (a version
 * or a cancellation takes effect at midnight), the language and the deployed application. An
 * answer is fresh while these four are unchanged.
 *
 * <p>{@code lastChange()} costs three queries; at a thousand requests a second it is asked at
 * most once per {@value #REFRESH_MILLIS} ms, so a publication shows on the public side within
 * that time.
 */
@ApplicationScoped
public class CatalogVersionStamp {
    static final long REFRESH_MILLIS = 1000;

    @EJB
    private ItemCatalog catalog;

    private Instant deployed;
    private volatile Instant lastChange;
    private volatile long checkedAt;

    /** One state of the public catalog in one language. */
    public record Stamp(Instant lastChange, LocalDate day, String language, Instant deployed) {
        /** A weak entity tag: the same bytes are not promised (the HTML is rendered anew), the same meaning is. */
        public String etag() {
            return "W/\"" + Long.toString(lastChange.toEpochMilli(), 36) + "-" + day.toString().replace("-", "")
                    + "-" + language + "-" + Long.toString(deployed.toEpochMilli(), 36) + "\"";
        }

        /** The latest of the catalog's change, the start of the day and the deployment, in whole seconds. */
        public Instant lastModified() {
            Instant midnight = day.atStartOfDay(ZoneId.systemDefault()).toInstant();
            Instant latest = lastChange.isAfter(midnight) ? lastChange : midnight;
            latest = deployed.isAfter(latest) ? deployed : latest;
            return latest.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    @PostConstruct
    void init() {
        deployed = Instant.now();
    }

    public Stamp now(Locale locale) {
        return new Stamp(lastChange(), LocalDate.now(), PublicLanguage.tag(locale), deployed);
    }

    private Instant lastChange() {
        long now = System.currentTimeMillis();
        Instant known = lastChange;
        if (known == null || now - checkedAt >= REFRESH_MILLIS) {
            known = catalog.lastChange();
            lastChange = known;
            checkedAt = now;
        }
        return known;
    }
}
