package onestop.center;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import onestop.common.LocalizedText;

/** A functional hall (功能大廳) of the center: legal-entity registration, finance, and so on. */
@Entity
@Table(name = "hall")
@NamedQuery(name = "Hall.all", query = "select h from Hall h order by h.sortOrder, h.code")
@NamedQuery(name = "Hall.byCode", query = "select h from Hall h where h.code = :code")
public class Hall {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "hant", column = @Column(name = "name_hant")),
            @AttributeOverride(name = "hans", column = @Column(name = "name_hans")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "hant", column = @Column(name = "location_hant")),
            @AttributeOverride(name = "hans", column = @Column(name = "location_hans")),
            @AttributeOverride(name = "en", column = @Column(name = "location_en"))})
    private LocalizedText location;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Hall() {
    }

    public Hall(String code, LocalizedText name, LocalizedText location, int sortOrder) {
        this.code = code;
        this.name = name;
        this.location = location;
        this.sortOrder = sortOrder;
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

    public LocalizedText getLocation() {
        return location;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
