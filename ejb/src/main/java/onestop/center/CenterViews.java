package onestop.center;

import onestop.common.Text;

import java.io.Serializable;
import java.util.List;

/** The records the center's screens and API read; no entity leaves the EJB layer. */
public final class CenterViews {
    private CenterViews() {
    }

    public record HallView(Long id, String code, Text name, Text location) implements Serializable {
        static HallView of(Hall h) {
            return new HallView(h.getId(), h.getCode(), Text.of(h.getName()), Text.of(h.getLocation()));
        }
    }

    public record DepartmentView(Long id, String code, Text name, String hallCode, Text hallName, String phone,
                                 boolean active, long version) implements Serializable {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.getId(), d.getCode(), Text.of(d.getName()), d.getHall().getCode(),
                    Text.of(d.getHall().getName()), d.getPhone(), d.isActive(), d.getVersion());
        }
    }

    public record WindowView(Long id, String code, String departmentCode, Text departmentName, String hallCode,
                             Text hallName, boolean active, long version) implements Serializable {
        static WindowView of(ServiceWindow w) {
            return new WindowView(w.getId(), w.getCode(), w.getDepartment().getCode(),
                    Text.of(w.getDepartment().getName()), w.getHall().getCode(), Text.of(w.getHall().getName()),
                    w.isActive(), w.getVersion());
        }
    }

    /** A department on the public home page, with the windows where it serves. */
    public record DepartmentPublic(DepartmentView department, List<String> windowCodes) implements Serializable {
        /** The window codes as one line, e.g. "A01 A02". */
        public String windowsText() {
            return String.join(" ", windowCodes);
        }
    }

    public record HallPublic(HallView hall, List<DepartmentPublic> departments) implements Serializable {
    }

    /** Everything the public home page shows. */
    public record CenterOverview(Text name, Text address, Text openingHours, String phone, List<HallPublic> halls)
            implements Serializable {
    }

    /** A department as center management submits it; {@code version} is the one they edited. */
    public record DepartmentForm(String code, Text name, String hallCode, String phone, boolean active, long version)
            implements Serializable {
    }

    public record WindowForm(String code, String departmentCode, String hallCode, boolean active, long version)
            implements Serializable {
    }
}
