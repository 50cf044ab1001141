package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import onestop.supervision.HallBoard;
import onestop.supervision.HallBoardView;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hall boards' counts, computed at most once per hall every {@link #FRESH}: the board is a
 * public page that any number of screens (or strangers) may poll, so one query per hall and
 * period answers them all. Unknown halls are not cached.
 */
@ApplicationScoped
public class BoardCache {
    static final Duration FRESH = Duration.ofSeconds(5);

    @EJB
    private HallBoard boards;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<HallBoardView> board(String hallCode) {
        if (hallCode == null || hallCode.isBlank() || hallCode.length() > 40) {
            return Optional.empty();
        }
        String key = hallCode.strip();
        Instant now = Instant.now();
        Entry cached = entries.get(key);
        if (cached != null && cached.at().plus(FRESH).isAfter(now)) {
            return Optional.of(cached.view());
        }
        Optional<HallBoardView> view = boards.board(key);
        view.ifPresent(v -> entries.put(key, new Entry(v, now)));
        return view;
    }

    private record Entry(HallBoardView view, Instant at) {
    }
}
