package onestop.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** The last serial of a department's licenses in a year; read and advanced under a row lock. */
@Entity
@Table(name = "license_counter")
class LicenseCounter {
    @Embeddable
    static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Column(name = "department_code", length = 20)
        private String departmentCode;

        @Column(name = "counter_year")
        private int year;

        protected Key() {
        }

        Key(String departmentCode, int year) {
            this.departmentCode = departmentCode;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && k.departmentCode.equals(departmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentCode, year);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected LicenseCounter() {
    }

    LicenseCounter(String departmentCode, int year) {
        this.key = new Key(departmentCode, year);
    }

    long next() {
        return ++lastValue;
    }
}
