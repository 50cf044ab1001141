package onestop.documents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private Path age(ContentAddressedFiles files, String hash) throws IOException {
        Path p = files.pathOf(hash);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        return p;
    }

    private static Instant dayAgo() {
        return Instant.now().minus(Duration.ofDays(1));
    }

    @Test
    @DisplayName("a sweep removes an old file no record refers to and keeps the recorded one, byte for byte")
    void sweepRemovesOrphans() throws IOException {
        ContentAddressedFiles files = store();
        String recorded = files.store(new ByteArrayInputStream(LICENSE), 1024).sha256();
        String orphan = files.store(new ByteArrayInputStream("退件通知書".getBytes(StandardCharsets.UTF_8)), 1024).sha256();
        age(files, recorded);
        Path orphanFile = age(files, orphan);

        List<String> removed = files.sweep(dayAgo(), hashes -> hashes.contains(recorded) ? Set.of(recorded) : Set.of());

        assertEquals(List.of(orphan), removed);
        assertFalse(Files.exists(orphanFile));
        assertArrayEquals(LICENSE, files.read(recorded));
    }

    @Test
    @DisplayName("a sweep leaves a file younger than the cutoff, which a transaction may still be recording")
    void sweepSparesYoungFiles() throws IOException {
        ContentAddressedFiles files = store();
        String fresh = files.store(new ByteArrayInputStream(LICENSE), 1024).sha256();

        assertEquals(List.of(), files.sweep(dayAgo(), hashes -> Set.of()));
        assertArrayEquals(LICENSE, files.read(fresh));
    }

    @Test
    @DisplayName("the same bytes stored again while a sweep decides are put back, not lost")
    void storedAgainDuringSweep() throws IOException {
        ContentAddressedFiles files = store();
        String hash = files.store(new ByteArrayInputStream(LICENSE), 1024).sha256();
        age(files, hash);

        // the sweep found no record; at that moment a transaction stores the same bytes again
        List<String> removed = files.sweep(dayAgo(), hashes -> {
            try {
                files.store(new ByteArrayInputStream(LICENSE), 1024);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Set.of();
        });

        assertEquals(List.of(), removed);
        assertArrayEquals(LICENSE, files.read(hash));
        try (var left = Files.list(root.resolve("tmp"))) {
            assertEquals(0, left.count(), "nothing left aside");
        }
    }

    @Test
    @DisplayName("a file a stopped sweep had moved aside is put back, and an old temporary file is removed")
    void sweepRepairsAStoppedSweep() throws IOException {
        ContentAddressedFiles files = store();
        String hash = files.store(new ByteArrayInputStream(LICENSE), 1024).sha256();
        Path file = files.pathOf(hash);
        Path aside = root.resolve("tmp").resolve("swept-" + hash + "-42");
        Files.move(file, aside);
        Path part = Files.writeString(root.resolve("tmp").resolve("upload-1.part"), "half an upload");
        Files.setLastModifiedTime(part, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        files.sweep(dayAgo(), hashes -> Set.copyOf(hashes));

        assertArrayEquals(LICENSE, files.read(hash));
        assertFalse(Files.exists(aside));
        assertFalse(Files.exists(part));
        assertTrue(Files.exists(file));
    }
}
