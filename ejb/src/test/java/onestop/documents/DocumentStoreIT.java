package onestop.documents;

import jakarta.ejb.EJB;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class DocumentStoreIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("documents-it").addClass(DocumentStoreIT.class);
    }

    @EJB
    private DocumentStore store;

    @EJB
    private DocumentSweeper sweeper;

    @Test
    @DisplayName("a document stored through the EJB is kept under the server's data dir and read back with its metadata")
    void storeAndRead() {
        byte[] content = ("申請書 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);

        DocumentInfo info = store.store(content, "text/plain");

        assertArrayEquals(content, store.read(info.sha256()));
        assertEquals("text/plain", store.info(info.sha256()).contentType());
        assertEquals(content.length, info.sizeBytes());
        assertTrue(Files.exists(DataDirectory.documents().resolve(info.sha256().substring(0, 2))));
    }

    @Test
    @DisplayName("a stored document altered on disk is refused instead of served")
    void tampered() throws Exception {
        DocumentInfo info = store.store(("執照 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "text/plain");
        Path file = DataDirectory.documents().resolve(info.sha256().substring(0, 2)).resolve(info.sha256().substring(2, 4))
                .resolve(info.sha256());
        file.toFile().setWritable(true);
        Files.writeString(file, "forged");

        DocumentException e = assertThrows(DocumentException.class, () -> store.read(info.sha256()));

        assertEquals("document.corrupted", e.key());
    }

    @Test
    @DisplayName("an unknown document is reported as missing")
    void missing() {
        DocumentException e = assertThrows(DocumentException.class, () -> store.info("0".repeat(64)));

        assertEquals("document.missing", e.key());
    }

    private static Path file(String sha256) {
        return DataDirectory.documents().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void twoDaysOld(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    }

    @Test
    @DisplayName("the file of a document whose transaction rolled back is removed by the nightly sweep once a day old; recorded ones stay")
    void rolledBackFileSwept() throws Exception {
        jakarta.transaction.UserTransaction tx =
                (jakarta.transaction.UserTransaction) new javax.naming.InitialContext().lookup("java:jboss/UserTransaction");
        tx.begin();
        DocumentInfo orphan = store.store(("撤回的申請 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "text/plain");
        tx.rollback();
        byte[] license = ("許可證 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        DocumentInfo kept = store.store(license, "text/plain");
        assertTrue(Files.exists(file(orphan.sha256())), "the rollback leaves the file behind");
        assertThrows(DocumentException.class, () -> store.info(orphan.sha256()));

        assertFalse(sweeper.sweep().contains(orphan.sha256()), "not while it may still belong to a transaction");
        assertTrue(Files.exists(file(orphan.sha256())));

        twoDaysOld(file(orphan.sha256()));
        twoDaysOld(file(kept.sha256()));
        List<String> removed = sweeper.sweep();

        assertTrue(removed.contains(orphan.sha256()), removed.toString());
        assertFalse(removed.contains(kept.sha256()));
        assertFalse(Files.exists(file(orphan.sha256())));
        assertArrayEquals(license, store.read(kept.sha256()));
    }

    @Test
    @DisplayName("a sweep of files younger than a transaction may run is refused")
    void sweepTooYoungRefused() {
        Exception e = assertThrows(Exception.class, () -> store.sweep(Duration.ofMinutes(10)));

        assertTrue(String.valueOf(e.getMessage()).contains("may belong to a transaction")
                || String.valueOf(e.getCause()).contains("may belong to a transaction"), String.valueOf(e));
    }
}
