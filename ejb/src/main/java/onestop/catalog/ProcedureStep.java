package onestop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import onestop.security.Role;

import java.io.Serializable;

/** One step of an item's procedure (辦事程序): what happens, who does it, how many working days. */
@Embeddable
public record ProcedureStep(
        @Column(name = "name", nullable = false, length = 200) String name,
        @Enumerated(EnumType.STRING) @Column(name = "responsible_role", nullable = false, length = 30) Role role,
        @Column(name = "days", nullable = false) int days) implements Serializable {
}
