package onestop.documents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContentAddressedFilesTest {
    private static final byte[] LICENSE = "營業執照 第 001 號".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private ContentAddressedFiles store() {
        return new ContentAddressedFiles(root);
    }

    @Test
    @DisplayName("a stored file is named by its SHA-256 and reads back byte for byte")
    void roundTrip() throws IOException {
        ContentAddressedFiles.Stored stored = store().store(new ByteArrayInputStream(LICENSE), 1024);

        assertEquals(sha256Hex(LICENSE), stored.sha256());
        assertEquals(LICENSE.length, stored.size());
        assertArrayEquals(LICENSE, store().read(stored.sha256()));
    }

    @Test
    @DisplayName("storing the same bytes twice keeps one file")
    void deduplicates() throws IOException {
        String first = store().store(new ByteArrayInputStream(LICENSE), 1024).sha256();
        String second = store().store(new ByteArrayInputStream(LICENSE), 1024).sha256();

        assertEquals(first, second);
        try (var files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    @DisplayName("a file altered on disk is refused on read")
    void tamperedRefused() throws IOException {
        String hash = store().store(new ByteArrayInputStream(LICENSE), 1024).sha256();
        Path file = store().pathOf(hash);
        file.toFile().setWritable(true);
        Files.write(file, "營業執照 第 002 號".getBytes(StandardCharsets.UTF_8));

        DocumentException e = assertThrows(DocumentException.class, () -> store().read(hash));

        assertEquals("document.corrupted", e.key());
    }

    @Test
    @DisplayName("a file over the limit is refused and leaves nothing behind")
    void tooLarge() throws IOException {
        DocumentException e = assertThrows(DocumentException.class,
                () -> store().store(new ByteArrayInputStream(new byte[2048]), 1024));

        assertEquals("document.tooLarge", e.key());
        try (var files = Files.walk(root)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    @DisplayName("an identifier that is not a SHA-256 never reaches the file system")
    void invalidId() {
        DocumentException e = assertThrows(DocumentException.class, () -> store().read("../../etc/passwd"));

        assertEquals("document.invalidId", e.key());
        assertFalse(store().exists("a".repeat(64)));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
