package onestop.center;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import onestop.common.LocalizedText;

/**
 * A department stationed in the center (進駐單位). It sits in one hall and staffs one or more
 * windows; its code is stable and appears in case numbers, so it never changes once created.
 */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.all", query = "select d from Department d join fetch d.hall order by d.code")
@NamedQuery(name = "Department.byCode", query = "select d from Department d where d.code = :code")
public class Department {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "hant", column = @Column(name = "name_hant")),
            @AttributeOverride(name = "hans", column = @Column(name = "name_hans")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id")
    private Hall hall;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, LocalizedText name, Hall hall, String phone) {
        this.code = code;
        this.name = name;
        this.hall = hall;
        this.phone = phone;
    }

    public void update(LocalizedText name, Hall hall, String phone, boolean active) {
        this.name = name;
        this.hall = hall;
        this.phone = phone;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public Hall getHall() {
        return hall;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
