package onestop.seal;

/**
 * Where the passwords of the seal keystores live: never in the repository or the database. The
 * server's implementation is {@link ElytronKeystorePasswords}; an HSM replaces keystores and
 * passwords altogether (README, "Moving seal keys to an HSM").
 */
interface KeystorePasswords {
    /** The password kept under {@code alias}, made (random, 256 bits) and stored first if there is none. */
    char[] passwordFor(String alias);
}
