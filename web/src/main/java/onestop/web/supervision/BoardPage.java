package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import onestop.center.CenterService;
import onestop.center.CenterViews.HallView;
import onestop.common.CenterTime;
import onestop.common.Text;
import onestop.supervision.HallBoardView;
import onestop.web.items.ItemsLocale;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The hall's big screen ({@code /board.xhtml?hall=CODE[&refresh=30][&lang=zh-Hans]}), public and
 * sessionless: counts per department, refreshed by Ajax every {@code refresh} seconds. Without a
 * known hall it lists the halls to choose from.
 */
@Named("board")
@RequestScoped
public class BoardPage {
    static final int DEFAULT_REFRESH = 30;
    static final int MIN_REFRESH = 5;
    static final int MAX_REFRESH = 600;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    private HttpServletRequest request;

    @Inject
    private BoardCache cache;

    @Inject
    private ItemsLocale locale;

    @EJB
    private CenterService center;

    private Optional<HallBoardView> board;

    public String getHall() {
        String hall = request.getParameter("hall");
        return hall == null ? null : hall.strip();
    }

    /** The board of the hall asked for, or null. */
    public HallBoardView getView() {
        if (board == null) {
            board = cache.board(getHall());
        }
        return board.orElse(null);
    }

    public List<HallView> getHalls() {
        return center.halls();
    }

    /** Seconds between refreshes: {@code refresh} if it is a number from 5 to 600, else 30. */
    public int getRefresh() {
        String value = request.getParameter("refresh");
        if (value != null && value.strip().matches("\\d{1,3}")) {
            int seconds = Integer.parseInt(value.strip());
            if (seconds >= MIN_REFRESH && seconds <= MAX_REFRESH) {
                return seconds;
            }
        }
        return DEFAULT_REFRESH;
    }

    /** The refresh parameter to carry over to Ajax requests, or null when the default applies. */
    public String getRefreshParameter() {
        return getRefresh() == DEFAULT_REFRESH ? null : Integer.toString(getRefresh());
    }

    public String getRefreshText() {
        return Labels.text(locale.getLocale(), "board.refreshEvery", getRefresh());
    }

    /** A name in the screen's language (without the session-scoped helper: this page has no session). */
    public String name(Text text) {
        return text == null ? "" : text.in(locale.getLocale());
    }

    public String getUpdatedAt() {
        return TIME.format(Instant.now().atZone(CenterTime.zone()));
    }

    public String getToday() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale.getLocale()).format(CenterTime.today());
    }

    /** The hall link of the chooser, keeping the language and refresh the screen was opened with. */
    public String link(String hallCode) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append("/board.xhtml?hall=")
                .append(java.net.URLEncoder.encode(hallCode, java.nio.charset.StandardCharsets.UTF_8));
        if (locale.getExplicitTag() != null) {
            url.append("&lang=").append(locale.getExplicitTag());
        }
        if (getRefreshParameter() != null) {
            url.append("&refresh=").append(getRefreshParameter());
        }
        return url.toString();
    }
}
