package onestop.center;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.center.CenterViews.DepartmentForm;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.WindowForm;
import onestop.common.Text;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsClerk;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class CenterServiceIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("center-it").addClass(CenterServiceIT.class);
    }

    @EJB
    private CenterService center;

    @EJB
    private AsCenterAdmin admin;

    @EJB
    private AsClerk clerk;

    private static String newCode() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static DepartmentForm department(String code) {
        return new DepartmentForm(code, new Text("測試局", "测试局", "Test Bureau"), "FINANCE", "0459-1", true, 0);
    }

    @Test
    @DisplayName("a department saved through the EJB layer is read back with its three names and its hall")
    void departmentRoundTrip() {
        String code = newCode();

        admin.call(() -> center.createDepartment(department(code)));

        DepartmentView read = center.departments().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        assertEquals(new Text("測試局", "测试局", "Test Bureau"), read.name());
        assertEquals("FINANCE", read.hallCode());
        assertTrue(read.active());
    }

    @Test
    @DisplayName("a window clerk cannot create a department: the EJB layer refuses the role")
    void clerkIsRefused() {
        String code = newCode();

        assertThrows(EJBAccessException.class, () -> clerk.call(() -> center.createDepartment(department(code))));

        assertTrue(center.departments().stream().noneMatch(d -> d.code().equals(code)));
    }

    @Test
    @DisplayName("an anonymous caller cannot create a department")
    void anonymousIsRefused() {
        assertThrows(EJBAccessException.class, () -> center.createDepartment(department(newCode())));
    }

    @Test
    @DisplayName("a second department with the same code is refused with a clear reason, the first is kept")
    void duplicateCode() {
        String code = newCode();
        admin.call(() -> center.createDepartment(department(code)));

        CenterException e = assertThrows(CenterException.class,
                () -> admin.call(() -> center.createDepartment(department(code))));

        assertEquals("center.departmentCodeTaken", e.key());
        assertEquals(1, center.departments().stream().filter(d -> d.code().equals(code)).count());
    }

    @Test
    @DisplayName("an edit based on an old version is refused instead of overwriting someone else's change")
    void staleEdit() {
        String code = newCode();
        DepartmentView created = admin.call(() -> center.createDepartment(department(code)));
        admin.call(() -> center.updateDepartment(new DepartmentForm(code, new Text("甲", "甲", "A"), "FINANCE", null,
                true, created.version())));

        CenterException e = assertThrows(CenterException.class, () -> admin.call(() -> center.updateDepartment(
                new DepartmentForm(code, new Text("乙", "乙", "B"), "FINANCE", null, true, created.version()))));

        assertEquals("common.staleEdit", e.key());
        DepartmentView now = center.departments().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        assertEquals("甲", now.name().hant());
    }

    @Test
    @DisplayName("a window is placed in a department and appears on the public overview under its hall")
    void windowOnOverview() {
        String code = newCode();
        admin.call(() -> center.createDepartment(department(code)));
        String window = "W" + code.substring(1);

        admin.call(() -> center.createWindow(new WindowForm(window, code, "FINANCE", true, 0)));

        var finance = center.overview().halls().stream().filter(h -> h.hall().code().equals("FINANCE")).findFirst()
                .orElseThrow();
        var dept = finance.departments().stream().filter(d -> d.department().code().equals(code)).findFirst()
                .orElseThrow();
        assertEquals(java.util.List.of(window), dept.windowCodes());
    }
}
