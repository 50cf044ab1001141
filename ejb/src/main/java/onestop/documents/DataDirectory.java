package onestop.documents;

import java.nio.file.Path;

/**
 * Where the center keeps its files: {@code onestop.data.dir} if set, else
 * {@code <jboss.server.data.dir>/onestop}. Shared storage (NFS) is mounted there in a cluster.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path root() {
        String configured = System.getProperty("onestop.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String serverData = System.getProperty("jboss.server.data.dir");
        if (serverData == null) {
            throw new IllegalStateException("set onestop.data.dir: no jboss.server.data.dir outside WildFly");
        }
        return Path.of(serverData, "onestop");
    }

    public static Path documents() {
        return root().resolve("documents");
    }
}
