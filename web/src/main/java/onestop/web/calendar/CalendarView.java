package onestop.web.calendar;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.calendar.CalendarEntry;
import onestop.calendar.CalendarService;
import onestop.calendar.DayKind;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Center management keeps the working-day calendar, one year at a time. */
@Named
@ViewScoped
public class CalendarView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarService calendar;

    private int year = LocalDate.now().getYear();
    private final List<Row> rows = new ArrayList<>();
    private LocalDate probeFrom = LocalDate.now();
    private int probeDays = 5;
    private LocalDate probeResult;

    public void load() {
        rows.clear();
        try {
            calendar.year(year).forEach(e -> rows.add(new Row(e.day(), e.kind(), e.name())));
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void addRow() {
        rows.add(new Row(null, DayKind.HOLIDAY, null));
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void save() {
        try {
            calendar.replaceYear(year, rows.stream().map(r -> new CalendarEntry(r.day, r.kind, r.name)).toList());
            Messages.info("calendar.saved", String.valueOf(year));
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            calendar.replaceYearFromIcs(year, new String(event.getFile().getContent(), StandardCharsets.UTF_8));
            Messages.info("calendar.saved", String.valueOf(year));
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void probe() {
        try {
            probeResult = calendar.deadline(probeFrom, probeDays);
        } catch (OnestopException e) {
            probeResult = null;
            Messages.error(e);
        }
    }

    public String weekday(LocalDate day) {
        return day == null ? "" : day.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Row> getRows() {
        rows.sort(Comparator.comparing(r -> r.day == null ? LocalDate.MAX : r.day));
        return rows;
    }

    public DayKind[] getKinds() { return DayKind.values(); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getProbeFrom() { return probeFrom; }
    public void setProbeFrom(LocalDate probeFrom) { this.probeFrom = probeFrom; }
    public int getProbeDays() { return probeDays; }
    public void setProbeDays(int probeDays) { this.probeDays = probeDays; }
    public LocalDate getProbeResult() { return probeResult; }

    /** One editable calendar line. */
    public static class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private DayKind kind;
        private String name;

        Row(LocalDate day, DayKind kind, String name) {
            this.day = day;
            this.kind = kind;
            this.name = name;
        }

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public DayKind getKind() { return kind; }
        public void setKind(DayKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
