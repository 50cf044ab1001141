package onestop.search;

import java.util.Set;

/**
 * Who is searching, as a restriction that goes into the query itself (never a filter applied to
 * rows afterwards): a document matches when the scope sees {@code all}, or when it is
 * {@code publicDocuments} and the document is visible to the public, or when one of the
 * document's departments is in {@code departments}.
 *
 * <p>The EJB layer derives it from the caller: the public {@link #publicOnly()}; a clerk
 * {@code departments("SCJ")} (with {@link #withPublic()} if the item guides should show too);
 * archivists, supervisors and auditors {@link #everything()}. An empty scope matches nothing.
 */
public record Scope(boolean all, boolean publicDocuments, Set<String> departments) {

    public Scope {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    public static Scope everything() {
        return new Scope(true, true, Set.of());
    }

    public static Scope publicOnly() {
        return new Scope(false, true, Set.of());
    }

    public static Scope departments(String... codes) {
        return new Scope(false, false, Set.of(codes));
    }

    public static Scope departments(Set<String> codes) {
        return new Scope(false, false, codes);
    }

    public static Scope nothing() {
        return new Scope(false, false, Set.of());
    }

    /** The same scope that also sees what the public sees. */
    public Scope withPublic() {
        return new Scope(all, true, departments);
    }
}
