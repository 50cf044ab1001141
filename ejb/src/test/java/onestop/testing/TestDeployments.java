package onestop.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;

/**
 * Test deployments built from what the build packaged, not from hand-picked classes: the
 * module's own archive (failsafe's {@code it.module.archive}) plus the libraries the EAR would
 * carry ({@code it.lib.dir}, copied by the build).
 */
public final class TestDeployments {
    private TestDeployments() {
    }

    /** For EJB tests: a WAR with the packaged EJB jar and its libraries in WEB-INF/lib. */
    public static WebArchive ejbModule(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(moduleArchive())
                .addAsLibraries(libraries())
                .addPackage(TestDeployments.class.getPackage());
    }

    /** For web tests: the packaged WAR plus the EJB module and libraries the EAR adds around it. */
    public static WebArchive webModule(String name) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, moduleArchive())
                .addAsLibraries(libraries());
    }

    private static File moduleArchive() {
        File archive = new File(required("it.module.archive"));
        if (!archive.isFile()) {
            throw new IllegalStateException(archive + " is missing: run the tests through Maven (verify)");
        }
        return archive;
    }

    private static File[] libraries() {
        File dir = new File(required("it.lib.dir"));
        File[] jars = Objects.requireNonNull(dir.listFiles((d, n) -> n.endsWith(".jar")), dir + " is missing");
        Arrays.sort(jars);
        return jars;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests through Maven");
        }
        return value;
    }
}
