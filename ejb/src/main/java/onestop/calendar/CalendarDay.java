package onestop.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One date where the calendar departs from the weekly rule, with the holiday's name. */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.between",
        query = "select d from CalendarDay d where d.day >= :from and d.day <= :to order by d.day")
@NamedQuery(name = "CalendarDay.deleteBetween", query = "delete from CalendarDay d where d.day >= :from and d.day <= :to")
public class CalendarDay {
    @Id
    @Column(name = "cal_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
