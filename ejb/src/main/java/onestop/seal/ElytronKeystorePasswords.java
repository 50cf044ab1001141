package onestop.seal;

import org.jboss.msc.service.ServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.CredentialStoreException;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

/**
 * Keystore passwords kept in a credential store of the server's Elytron subsystem, by default
 * {@value #DEFAULT_STORE} (configured by {@code config/src/main/cli/configure-server.cli} as a
 * secret-key credential store in the server's data dir; a production center may point
 * {@value #STORE_PROPERTY} at a password-protected {@code credential-store} instead). Each
 * password is a random 256-bit secret key, stored as a {@link SecretKeyCredential} so that both
 * kinds of store can hold it, and used Base64-encoded as the PKCS#12 password.
 *
 * <p>The store is reached through the server's service container: the Elytron subsystem
 * registers every credential store under the capability
 * {@code org.wildfly.security.credential-store.<name>}. The EJB jar's manifest imports the modules
 * this needs ({@code org.jboss.msc}, {@code org.jboss.as.server}, {@code org.wildfly.security.elytron}).
 */
final class ElytronKeystorePasswords implements KeystorePasswords {
    static final String STORE_PROPERTY = "onestop.seal.credential-store";
    static final String DEFAULT_STORE = "onestop-seals";
    private static final String CAPABILITY = "org.wildfly.security.credential-store";

    private final CredentialStore store;
    private final String name;

    private ElytronKeystorePasswords(CredentialStore store, String name) {
        this.store = store;
        this.name = name;
    }

    /** The configured store of this server; fails with the CLI command to add it when missing. */
    static ElytronKeystorePasswords ofServer() {
        String name = System.getProperty(STORE_PROPERTY, DEFAULT_STORE);
        ServiceController<?> controller;
        try {
            ServiceContainer container = (ServiceContainer) Class.forName("org.jboss.as.server.CurrentServiceContainer")
                    .getMethod("getServiceContainer").invoke(null);
            controller = container.getService(ServiceName.parse(CAPABILITY + "." + name));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new IllegalStateException("cannot reach the server's credential stores (not on WildFly?)", e);
        }
        if (controller == null || !(controller.getValue() instanceof CredentialStore store)) {
            throw new IllegalStateException("The seal keys need the Elytron credential store '" + name + "'. Add it with"
                    + " /subsystem=elytron/secret-key-credential-store=" + name + ":add(relative-to=jboss.server.data.dir,"
                    + " path=onestop/seal-passwords.cs, create=true, populate=false)"
                    + " (config/src/main/cli/configure-server.cli does), or name another with -D" + STORE_PROPERTY);
        }
        return new ElytronKeystorePasswords(store, name);
    }

    @Override
    public synchronized char[] passwordFor(String alias) {
        try {
            SecretKeyCredential credential = store.retrieve(alias, SecretKeyCredential.class);
            if (credential == null) {
                byte[] key = new byte[32];
                Crypto.RANDOM.nextBytes(key);
                credential = new SecretKeyCredential(new SecretKeySpec(key, "AES"));
                store.store(alias, credential);
                store.flush();
            }
            SecretKey key = credential.getSecretKey();
            return Base64.getEncoder().encodeToString(key.getEncoded()).toCharArray();
        } catch (CredentialStoreException e) {
            throw new IllegalStateException("credential store '" + name + "': cannot read or write alias " + alias, e);
        }
    }
}
