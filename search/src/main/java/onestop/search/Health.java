package onestop.search;

/**
 * What {@code /api/health} and the admin page show about the index.
 *
 * @param up        whether searches and writes can be served now
 * @param backend   {@code lucene} or {@code elasticsearch}
 * @param documents documents in the live index, -1 when unknown
 * @param detail    one line for an operator, e.g. the cluster status or the error
 */
public record Health(boolean up, String backend, long documents, String detail) {
}
