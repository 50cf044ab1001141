package onestop.center;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import onestop.audit.AuditService;
import onestop.center.CenterViews.CenterOverview;
import onestop.center.CenterViews.DepartmentForm;
import onestop.center.CenterViews.DepartmentPublic;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallPublic;
import onestop.center.CenterViews.HallView;
import onestop.center.CenterViews.WindowForm;
import onestop.center.CenterViews.WindowView;
import onestop.common.Text;
import onestop.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The center's halls, departments and windows: public to read, kept by center management. */
@Stateless
@RolesAllowed(Roles.CENTER_ADMIN)
public class CenterService {
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    private static final Pattern WINDOW_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    @Inject
    private CenterRepository repository;

    @EJB
    private AuditService audit;

    /** The public home page: the center, its halls, the departments in each and their windows. */
    @PermitAll
    public CenterOverview overview() {
        Map<String, List<String>> windowsByDepartment = repository.windows().stream()
                .filter(ServiceWindow::isActive)
                .collect(Collectors.groupingBy(w -> w.getDepartment().getCode(),
                        Collectors.mapping(ServiceWindow::getCode, Collectors.toList())));
        Map<String, List<DepartmentPublic>> departmentsByHall = repository.departments().stream()
                .filter(Department::isActive)
                .collect(Collectors.groupingBy(d -> d.getHall().getCode(), Collectors.mapping(
                        d -> new DepartmentPublic(DepartmentView.of(d),
                                windowsByDepartment.getOrDefault(d.getCode(), List.of())), Collectors.toList())));
        List<HallPublic> halls = repository.halls().stream()
                .map(h -> new HallPublic(HallView.of(h), departmentsByHall.getOrDefault(h.getCode(), List.of())))
                .toList();
        return repository.profile()
                .map(p -> new CenterOverview(Text.of(p.getName()), Text.of(p.getAddress()),
                        Text.of(p.getOpeningHours()), p.getPhone(), halls))
                .orElseGet(() -> new CenterOverview(null, null, null, null, halls));
    }

    @PermitAll
    public List<HallView> halls() {
        return repository.halls().stream().map(HallView::of).toList();
    }

    @PermitAll
    public List<DepartmentView> departments() {
        return repository.departments().stream().map(DepartmentView::of).toList();
    }

    @RolesAllowed({Roles.CENTER_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<WindowView> windows() {
        return repository.windows().stream().map(WindowView::of).toList();
    }

    public DepartmentView createDepartment(DepartmentForm form) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!DEPARTMENT_CODE.matcher(code).matches()) {
            throw new CenterException("center.departmentCodeInvalid", code);
        }
        if (repository.department(code).isPresent()) {
            throw new CenterException("center.departmentCodeTaken", code);
        }
        Department department = new Department(code, name(form.name()), hall(form.hallCode()), phone(form.phone()));
        department.update(department.getName(), department.getHall(), department.getPhone(), form.active());
        repository.persist(department);
        audit.record("DEPARTMENT_CREATED", "Department", code, form.name().hant());
        return DepartmentView.of(department);
    }

    public DepartmentView updateDepartment(DepartmentForm form) {
        Department department = repository.department(form.code())
                .orElseThrow(() -> new CenterException("center.departmentUnknown", form.code()));
        if (department.getVersion() != form.version()) {
            throw new CenterException("common.staleEdit", form.code());
        }
        department.update(name(form.name()), hall(form.hallCode()), phone(form.phone()), form.active());
        audit.record("DEPARTMENT_UPDATED", "Department", department.getCode(),
                form.name().hant() + " active=" + form.active());
        return DepartmentView.of(department);
    }

    public WindowView createWindow(WindowForm form) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!WINDOW_CODE.matcher(code).matches()) {
            throw new CenterException("center.windowCodeInvalid", code);
        }
        if (repository.window(code).isPresent()) {
            throw new CenterException("center.windowCodeTaken", code);
        }
        ServiceWindow window = new ServiceWindow(code, department(form.departmentCode()), hall(form.hallCode()));
        window.update(window.getDepartment(), window.getHall(), form.active());
        repository.persist(window);
        audit.record("WINDOW_CREATED", "ServiceWindow", code, form.departmentCode());
        return WindowView.of(window);
    }

    public WindowView updateWindow(WindowForm form) {
        ServiceWindow window = repository.window(form.code())
                .orElseThrow(() -> new CenterException("center.windowUnknown", form.code()));
        if (window.getVersion() != form.version()) {
            throw new CenterException("common.staleEdit", form.code());
        }
        window.update(department(form.departmentCode()), hall(form.hallCode()), form.active());
        audit.record("WINDOW_UPDATED", "ServiceWindow", window.getCode(),
                form.departmentCode() + " active=" + form.active());
        return WindowView.of(window);
    }

    private Hall hall(String code) {
        return repository.hall(code == null ? "" : code).orElseThrow(() -> new CenterException("center.hallUnknown", code));
    }

    private Department department(String code) {
        return repository.department(code == null ? "" : code)
                .orElseThrow(() -> new CenterException("center.departmentUnknown", code));
    }

    private static onestop.common.LocalizedText name(Text name) {
        if (name == null || isBlank(name.hant()) || isBlank(name.hans()) || isBlank(name.en())) {
            throw new CenterException("center.nameRequired");
        }
        return name.toEmbeddable();
    }

    private static String phone(String phone) {
        return phone == null || phone.isBlank() ? null : phone.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
