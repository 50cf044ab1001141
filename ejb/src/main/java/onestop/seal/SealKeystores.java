package onestop.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The seal keys on disk: one PKCS#12 keystore for the authority (the root and the timestamp
 * service) and one per seal, in a directory under the server's data dir, each protected by its
 * own password from {@link KeystorePasswords}. Files are written to a temporary name and moved
 * into place, readable by the server's user only. Creating the authority takes a file lock, so
 * that two nodes sharing the data dir cannot both create one.
 */
final class SealKeystores {
    static final String AUTHORITY_FILE = "authority.p12";
    static final String AUTHORITY_ALIAS = "seal-authority";
    private static final String ROOT_ENTRY = "root";
    private static final String TSA_ENTRY = "timestamps";
    private static final String SEAL_ENTRY = "seal";
    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 366);
    private static final Duration TSA_VALIDITY = Duration.ofDays(10 * 366);

    /** The root and the timestamp service, loaded. */
    record Authority(Certificates.Issuer root, TimeStamper timestamps) {
    }

    private final Path directory;
    private final KeystorePasswords passwords;

    SealKeystores(Path directory, KeystorePasswords passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    Path directory() {
        return directory;
    }

    /** Loads the authority, creating it (root and timestamp service) on the very first start. */
    Authority authority(String centerName) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(AUTHORITY_FILE);
            if (!Files.exists(file)) {
                try (FileChannel lock = FileChannel.open(directory.resolve(".authority.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                    if (!Files.exists(file)) {
                        createAuthority(file, centerName);
                    }
                }
            }
            char[] password = passwords.passwordFor(AUTHORITY_ALIAS);
            KeyStore store = load(file, password);
            Certificates.Issuer root = new Certificates.Issuer((PrivateKey) store.getKey(ROOT_ENTRY, password),
                    (X509Certificate) store.getCertificate(ROOT_ENTRY));
            Certificates.Issuer service = new Certificates.Issuer((PrivateKey) store.getKey(TSA_ENTRY, password),
                    (X509Certificate) store.getCertificate(TSA_ENTRY));
            Arrays.fill(password, '\0');
            return new Authority(root, new TimeStamper(service));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the seal authority in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal authority's keystore in " + directory + " cannot be opened", e);
        }
    }

    private void createAuthority(Path file, String centerName) throws IOException, GeneralSecurityException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        KeyPair rootKeys = SealAlgorithm.ECDSA_P256.generateKeyPair();
        X509Certificate root = Certificates.root(rootKeys,
                Certificates.name(centerName, null, centerName + " 印章管理根憑證 Seal Authority"),
                now.minus(Duration.ofHours(1)), now.plus(ROOT_VALIDITY));
        Certificates.Issuer issuer = new Certificates.Issuer(rootKeys.getPrivate(), root);
        KeyPair tsaKeys = SealAlgorithm.ECDSA_P256.generateKeyPair();
        X509Certificate tsa = Certificates.timestamping(tsaKeys.getPublic(),
                Certificates.name(centerName, null, centerName + " 時間戳服務 Timestamp Service"), issuer,
                now.minus(Duration.ofHours(1)), now.plus(TSA_VALIDITY));
        KeyStore store = empty();
        char[] password = passwords.passwordFor(AUTHORITY_ALIAS);
        store.setKeyEntry(ROOT_ENTRY, rootKeys.getPrivate(), password, new Certificate[] {root});
        store.setKeyEntry(TSA_ENTRY, tsaKeys.getPrivate(), password, new Certificate[] {tsa, root});
        write(file, store, password);
        Arrays.fill(password, '\0');
    }

    /** A new seal key pair, its certificate issued by the root, kept in a keystore of its own. */
    SealVault.IssuedKey issue(Authority authority, SealAlgorithm algorithm, String centerName, String departmentName,
                              String sealText, Instant from, Instant until) {
        KeyPair keys = algorithm.generateKeyPair();
        X509Certificate certificate = Certificates.seal(keys.getPublic(),
                Certificates.name(centerName, departmentName, sealText), authority.root(), from, until);
        String id = UUID.randomUUID().toString();
        String fileName = "seal-" + id + ".p12";
        String alias = "seal-" + id;
        try {
            Files.createDirectories(directory);
            KeyStore store = empty();
            char[] password = passwords.passwordFor(alias);
            store.setKeyEntry(SEAL_ENTRY, keys.getPrivate(), password,
                    new Certificate[] {certificate, authority.root().certificate()});
            write(directory.resolve(fileName), store, password);
            Arrays.fill(password, '\0');
            return new SealVault.IssuedKey(certificate.getEncoded(), HexFormat.of().formatHex(Crypto.sha256(certificate.getEncoded())),
                    certificate.getSerialNumber().toString(16), fileName, alias, from, until);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the seal's keystore in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the seal's key", e);
        }
    }

    /** Reads a seal's private key back from its keystore. */
    SealKey load(String fileName, String alias, SealAlgorithm algorithm) {
        Path file = directory.resolve(fileName).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalArgumentException("keystore outside the seal directory: " + fileName);
        }
        char[] password = passwords.passwordFor(alias);
        try {
            KeyStore store = load(file, password);
            Certificate[] chain = store.getCertificateChain(SEAL_ENTRY);
            return new SealKey((PrivateKey) store.getKey(SEAL_ENTRY, password), (X509Certificate) chain[0],
                    (X509Certificate) chain[chain.length - 1], algorithm);
        } catch (java.nio.file.NoSuchFileException e) {
            // the database names a seal whose key is not in this server's data dir: a database
            // restored or shared without the data dir it belongs to (see the README, "Seals")
            throw new SealException("seal.unavailable", "the key of this seal (" + fileName + ") is missing from "
                    + directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seal keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal keystore " + file + " cannot be opened", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyStore empty() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12-AES256-AES128", Crypto.BC);
        store.load(null, null);
        return store;
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12", Crypto.BC);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void write(Path file, KeyStore store, char[] password) throws IOException, GeneralSecurityException {
        Path temporary = Files.createTempFile(file.getParent(), ".new-", ".p12");
        try {
            restrict(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions apply
        }
    }
}
