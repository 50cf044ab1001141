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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
