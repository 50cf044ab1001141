package onestop.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Files named by the SHA-256 of their content, under {@code <root>/ab/cd/<sha256>}. A file is
 * written to a temporary name, hashed while it is written, then moved into place and made
 * read-only; storing the same bytes twice keeps the first file. Reading re-hashes the content
 * and refuses a file whose bytes no longer match its name.
 */
public final class ContentAddressedFiles {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(tmp, target);
                target.toFile().setReadOnly();
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(tmp);
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
