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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The validator of every public catalog answer (page, PDF, JSON): what a public answer shows
 * depends only on the published catalog ({@link ItemCatalog#lastChange()}), the day (a version
 * or a cancellation takes effect at midnight), the language and the deployed application. An
 * answer is fresh while these four are unchanged.
 *
 * <p>{@code lastChange()} costs three queries; at a thousand requests a second it is asked at
 * most once per {@value #REFRESH_MILLIS} ms, by one request while the others go on with the value
 * they have, so a publication shows on the public side within about that time.
 */
@ApplicationScoped
public class CatalogVersionStamp {
    static final long REFRESH_MILLIS = 1000;

    @EJB
    private ItemCatalog catalog;

    private Instant deployed;
    private volatile Instant lastChange;
    private volatile long checkedAt;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Map<String, Stamp> current = new ConcurrentHashMap<>();

    /**
     * One state of the public catalog in one language: a weak entity tag (the same bytes are not
     * promised, as the HTML is rendered anew, the same meaning is) and the last modification,
     * the latest of the catalog's change, the start of the day and the deployment, in whole seconds.
     */
    public record Stamp(String etag, Instant lastModified, String language, Instant lastChange, LocalDate day) {
        static Stamp of(Instant lastChange, LocalDate day, String language, Instant deployed) {
            String etag = "W/\"" + Long.toString(lastChange.toEpochMilli(), 36) + "-" + day.toString().replace("-", "")
                    + "-" + language + "-" + Long.toString(deployed.toEpochMilli(), 36) + "\"";
            Instant midnight = day.atStartOfDay(ZoneId.systemDefault()).toInstant();
            Instant latest = lastChange.isAfter(midnight) ? lastChange : midnight;
            latest = deployed.isAfter(latest) ? deployed : latest;
            return new Stamp(etag, latest.truncatedTo(ChronoUnit.SECONDS), language, lastChange, day);
        }
    }

    @PostConstruct
    void init() {
        deployed = Instant.now();
    }

    /** The current stamp; made anew only when the catalog or the day has changed. */
    public Stamp now(Locale locale) {
        Instant change = lastChange();
        LocalDate day = LocalDate.now();
        String language = PublicLanguage.tag(locale);
        Stamp stamp = current.get(language);
        if (stamp == null || !stamp.lastChange().equals(change) || !stamp.day().equals(day)) {
            stamp = Stamp.of(change, day, language, deployed);
            current.put(language, stamp);
        }
        return stamp;
    }

    /** One caller refreshes the value when it is due; the others meanwhile use the one they have. */
    private Instant lastChange() {
        Instant known = lastChange;
        if (known != null && System.currentTimeMillis() - checkedAt < REFRESH_MILLIS) {
            return known;
        }
        if (known == null || refreshing.compareAndSet(false, true)) {
            try {
                known = catalog.lastChange();
                lastChange = known;
                checkedAt = System.currentTimeMillis();
            } finally {
                refreshing.set(false);
            }
        }
        return known;
    }
}
