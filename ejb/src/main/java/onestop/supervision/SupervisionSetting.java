package onestop.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The center-wide settings of e-supervision (one row); the alert scan locks it to run alone. */
@Entity
@Table(name = "supervision_setting")
public class SupervisionSetting {
    static final int ID = 1;

    @Id
    private Integer id = ID;

    @Column(name = "margin_days", nullable = false)
    private int marginDays;

    @Column(name = "last_scan")
    private Instant lastScan;

    @Version
    private long version;

    protected SupervisionSetting() {
    }

    public int getMarginDays() {
        return marginDays;
    }

    void setMarginDays(int marginDays) {
        this.marginDays = marginDays;
    }

    public Instant getLastScan() {
        return lastScan;
    }

    void scanned(Instant at) {
        this.lastScan = at;
    }
}
