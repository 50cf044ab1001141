package onestop.seal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import onestop.documents.DataDirectory;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The seal keys of this server: at the first start it creates the center's seal authority (the
 * root certificate and the timestamp service) under {@code <data dir>/seals}; afterwards it loads
 * it. Seal keys are read from their keystores on first use and kept in memory, as are the seals'
 * pictures prepared for PDFs. If the credential store is missing the rest of the application
 * still runs; sealing and verification then refuse with {@code seal.unavailable} and the log says
 * how to fix it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SealVault {
    /** The center's name in certificates, until a center profile exists. */
    static final String CENTER_NAME_PROPERTY = "onestop.center.name";
    private static final Logger LOG = Logger.getLogger(SealVault.class.getName());

    /** What a new seal's row records about its key: never the key or its password. */
    public record IssuedKey(byte[] certificateDer, String certificateSha256, String serialNumber, String keystoreFile,
                            String credentialAlias, Instant validFrom, Instant validUntil) {
    }

    private final ConcurrentMap<Long, SealKey> keys = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, SealAppearance> appearances = new ConcurrentHashMap<>();
    private volatile SealKeystores keystores;
    private volatile SealKeystores.Authority authority;
    private volatile String failure;

    @PostConstruct
    void start() {
        try {
            keystores = new SealKeystores(DataDirectory.root().resolve("seals"), ElytronKeystorePasswords.ofServer());
            authority = keystores.authority(System.getProperty(CENTER_NAME_PROPERTY, "行政服務中心"));
            LOG.info(() -> "seal authority ready in " + keystores.directory() + ": "
                    + authority.root().certificate().getSubjectX500Principal().getName());
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Seals are unavailable: " + e.getMessage(), e);
        }
    }

    private SealKeystores.Authority authority() {
        SealKeystores.Authority current = authority;
        if (current == null) {
            throw new SealException("seal.unavailable", failure == null ? "" : failure);
        }
        return current;
    }

    /** The trust anchor of every seal and timestamp. */
    public X509Certificate rootCertificate() {
        return authority().root().certificate();
    }

    public TimeStamper timestamps() {
        return authority().timestamps();
    }

    public IssuedKey issue(SealAlgorithm algorithm, String centerName, String departmentName, String sealText, Instant from,
                    Instant until) {
        return keystores.issue(authority(), algorithm, centerName, departmentName, sealText, from, until);
    }

    public SealKey key(LicensingSeal seal) {
        authority();
        return keys.computeIfAbsent(seal.getId(),
                id -> keystores.load(seal.getKeystoreFile(), seal.getCredentialAlias(), seal.getAlgorithm()));
    }

    public SealAppearance appearance(LicensingSeal seal) {
        return appearances.computeIfAbsent(seal.getId(), id -> SealAppearance.of(seal.getImagePng()));
    }
}
