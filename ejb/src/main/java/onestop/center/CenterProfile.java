package onestop.center;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.common.LocalizedText;

/** What the public home page says about the center itself: name, address, opening hours, phone. One row. */
@Entity
@Table(name = "center_profile")
public class CenterProfile {
    static final long ID = 1L;

    @Id
    private Long id = ID;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "hant", column = @Column(name = "name_hant")),
            @AttributeOverride(name = "hans", column = @Column(name = "name_hans")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "hant", column = @Column(name = "address_hant")),
            @AttributeOverride(name = "hans", column = @Column(name = "address_hans")),
            @AttributeOverride(name = "en", column = @Column(name = "address_en"))})
    private LocalizedText address;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "hant", column = @Column(name = "hours_hant")),
            @AttributeOverride(name = "hans", column = @Column(name = "hours_hans")),
            @AttributeOverride(name = "en", column = @Column(name = "hours_en"))})
    private LocalizedText openingHours;

    @Column(nullable = false, length = 40)
    private String phone;

    @Version
    private long version;

    protected CenterProfile() {
    }

    public CenterProfile(LocalizedText name, LocalizedText address, LocalizedText openingHours, String phone) {
        update(name, address, openingHours, phone);
    }

    public final void update(LocalizedText name, LocalizedText address, LocalizedText openingHours, String phone) {
        this.name = name;
        this.address = address;
        this.openingHours = openingHours;
        this.phone = phone;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getAddress() {
        return address;
    }

    public LocalizedText getOpeningHours() {
        return openingHours;
    }

    public String getPhone() {
        return phone;
    }

    public long getVersion() {
        return version;
    }
}
