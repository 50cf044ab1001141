package onestop.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files named by the SHA-256 of their content, under {@code <root>/ab/cd/<sha256>}. A file is
 * written to a temporary name, hashed while it is written, then moved into place and made
 * read-only; storing the same bytes twice keeps the first file, and marks it as just stored (its
 * modification time). Reading re-hashes the content and refuses a file whose bytes no longer match
 * its name.
 *
 * <p>A file is written before the transaction that records it commits, so a rollback leaves it
 * behind. {@link #sweep} removes such files once they are older than any transaction can be,
 * without ever taking one that a transaction is storing again at that moment: it moves the file
 * aside first and puts it back if it was stored meanwhile.
 */
public final class ContentAddressedFiles {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final int SWEEP_BATCH = 500;
    /** Files a sweep has moved aside under {@code tmp/} while it decides: {@code swept-<sha256>-<nanos>}. */
    private static final String ASIDE = "swept-";

    private final Path root;

    public ContentAddressedFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Stores the stream's bytes, at most {@code maxBytes}; returns the hash and size. */
    public Stored store(InputStream content, long maxBytes) throws IOException {
        Path tmpDir = Files.createDirectories(root.resolve("tmp"));
        Path tmp = Files.createTempFile(tmpDir, "upload-", ".part");
        try {
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                size = copyLimited(content, out, maxBytes);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target) || !markStored(target)) {   // not there, or swept away just now
                Files.createDirectories(target.getParent());
                moveIntoPlace(tmp, target);
                target.toFile().setReadOnly();
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Sets the file's modification time to now; false if it is gone. */
    private static boolean markStored(Path file) throws IOException {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Removes the files last stored before {@code cutoff} that no record refers to, and temporary
     * files older than that left by a crash.
     *
     * @param cutoff     older than any transaction can be: a file stored after it is never taken
     * @param referenced of the hashes given (at most {@value #SWEEP_BATCH} at a time), those still referred to
     * @return the hashes of the files removed
     */
    public List<String> sweep(Instant cutoff, Function<Collection<String>, Set<String>> referenced) throws IOException {
        Path aside = Files.createDirectories(root.resolve("tmp"));
        List<String> removed = new ArrayList<>();
        try (Stream<Path> files = Files.list(aside)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(ASIDE) && name.length() > ASIDE.length() + 64) {
                    putBack(p, name.substring(ASIDE.length(), ASIDE.length() + 64));   // a sweep stopped halfway
                } else if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        List<Path> batch = new ArrayList<>();
        try (Stream<Path> files = Files.find(root, 3, (p, a) -> a.isRegularFile() && p.getNameCount() - root.getNameCount() == 3
                && SHA256.matcher(p.getFileName().toString()).matches() && a.lastModifiedTime().toInstant().isBefore(cutoff))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                batch.add(p);
                if (batch.size() == SWEEP_BATCH) {
                    removed.addAll(sweepBatch(batch, cutoff, referenced, aside));
                    batch.clear();
                }
            }
        }
        removed.addAll(sweepBatch(batch, cutoff, referenced, aside));
        return removed;
    }

    private List<String> sweepBatch(List<Path> batch, Instant cutoff, Function<Collection<String>, Set<String>> referenced,
                                    Path aside) throws IOException {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<String> hashes = batch.stream().map(p -> p.getFileName().toString()).toList();
        Set<String> kept = referenced.apply(hashes);
        List<String> removed = new ArrayList<>();
        for (String hash : hashes) {
            if (kept.contains(hash)) {
                continue;
            }
            Path moved = aside.resolve(ASIDE + hash + "-" + System.nanoTime());
            try {
                Files.move(pathOf(hash), moved, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                continue;                                   // another node's sweep took it
            }
            // stored again since it was listed (its record may be committing now): put it back
            if (!Files.getLastModifiedTime(moved).toInstant().isBefore(cutoff)) {
                putBack(moved, hash);
            } else {
                Files.delete(moved);
                removed.add(hash);
            }
        }
        return removed;
    }

    private void putBack(Path moved, String hash) throws IOException {
        Path target = pathOf(hash);
        Files.createDirectories(target.getParent());
        try {
            Files.move(moved, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(moved);                            // stored again meanwhile: the same bytes are back in place
        }
    }

    /** The content, after checking that it still hashes to its name. */
    public byte[] read(String sha256) throws IOException {
        Path path = pathOf(sha256);
        if (!Files.exists(path)) {
            throw new DocumentException("document.missing", sha256);
        }
        byte[] bytes = Files.readAllBytes(path);
        String actual = HexFormat.of().formatHex(sha256().digest(bytes));
        if (!actual.equals(sha256)) {
            throw new DocumentException("document.corrupted", sha256);
        }
        return bytes;
    }

    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new DocumentException("document.invalidId", String.valueOf(sha256));
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another writer stored the same bytes first: same name, same content
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
    }

    private static long copyLimited(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new DocumentException("document.tooLarge", maxBytes / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    public record Stored(String sha256, long size) {
    }
}
