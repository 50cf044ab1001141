package onestop.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A numbered window (窗口) in a hall, staffed by one department. */
@Entity
@Table(name = "service_window")
@NamedQuery(name = "ServiceWindow.all",
        query = "select w from ServiceWindow w join fetch w.department join fetch w.hall order by w.code")
@NamedQuery(name = "ServiceWindow.byCode", query = "select w from ServiceWindow w where w.code = :code")
public class ServiceWindow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id")
    private Hall hall;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ServiceWindow() {
    }

    public ServiceWindow(String code, Department department, Hall hall) {
        this.code = code;
        this.department = department;
        this.hall = hall;
    }

    public void update(Department department, Hall hall, boolean active) {
        this.department = department;
        this.hall = hall;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Department getDepartment() {
        return department;
    }

    public Hall getHall() {
        return hall;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
