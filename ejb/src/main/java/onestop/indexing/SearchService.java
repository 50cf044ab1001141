package onestop.indexing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.common.OnestopException;
import onestop.search.DateRange;
import onestop.search.DocumentType;
import onestop.search.KeywordField;
import onestop.search.Scope;
import onestop.search.SearchQuery;
import onestop.search.SearchQueryException;
import onestop.search.SearchResult;
import onestop.search.SearchUnavailableException;
import onestop.search.Snippet;
import onestop.search.SortOrder;
import onestop.search.TextField;
import onestop.security.Role;
import onestop.security.Roles;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search with the caller's scope built into the query (never by hiding rows afterwards):
 * <ul>
 * <li>the public ({@link #searchPublic}): item guides in effect today, nothing else;</li>
 * <li>a clerk or chief representative: the cases and documents of their own department, plus what
 *     the public sees (the guides); without a department, only what the public sees;</li>
 * <li>archivists, supervisors, auditors and center management: everything.</li>
 * </ul>
 * A cashier has no search. Bad query text is a {@link OnestopException} with the
 * {@code search.query*} key (the API answers 400); a down index is {@code search.unavailable} (503).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchService {
    public static final int MAX_PAGE = 100;
    private static final ZoneId ZONE = ZoneId.systemDefault();
    /** Fields a case hit shows in its {@link SearchPage.CaseRef} rather than as passages. */
    private static final Set<TextField> CASE_FIELDS = Set.of(TextField.ITEM_NAME, TextField.APPLICANT_NAME);
    private static final Set<KeywordField> FACETS = Set.of(KeywordField.TYPE, KeywordField.DEPARTMENT,
            KeywordField.HALL, KeywordField.STATUS, KeywordField.ITEM);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchBackend backend;

    @Inject
    private IndexSources sources;

    @Resource
    private SessionContext context;

    /** The public item search: current published guides only, whatever the request says about scope. */
    @PermitAll
    public SearchPage searchPublic(SearchRequest request) {
        return run(request.withScope("items"), Scope.publicOnly());
    }

    /** Staff search within the caller's scope. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.ARCHIVIST, Roles.SUPERVISOR, Roles.AUDITOR,
            Roles.CENTER_ADMIN})
    public SearchPage search(SearchRequest request) {
        return run(request, callerScope());
    }

    /** The scope of the caller, from their account (role and department). */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.ARCHIVIST, Roles.SUPERVISOR, Roles.AUDITOR,
            Roles.CENTER_ADMIN})
    public Scope callerScope() {
        if (context.isCallerInRole(Roles.ARCHIVIST) || context.isCallerInRole(Roles.SUPERVISOR)
                || context.isCallerInRole(Roles.AUDITOR) || context.isCallerInRole(Roles.CENTER_ADMIN)) {
            return Scope.everything();
        }
        String login = context.getCallerPrincipal().getName();
        // the department's code in one query: callers without a transaction get no lazy entity
        List<Object[]> rows = em.createQuery("select a.role, d.code from StaffAccount a join a.department d "
                        + "where a.loginName = :login", Object[].class)
                .setParameter("login", login).getResultList();
        if (rows.isEmpty() || !Role.DEPARTMENT_ROLES.contains((Role) rows.get(0)[0])) {
            return Scope.publicOnly();
        }
        return Scope.departments((String) rows.get(0)[1]).withPublic();
    }

    private SearchPage run(SearchRequest r, Scope scope) {
        SearchQuery.Builder q = SearchQuery.in(scope)
                .text(r.text())
                .sort(sort(r.sort()))
                .size(r.size() < 1 ? 20 : Math.min(r.size(), MAX_PAGE))
                .after(r.after() == null || r.after().isBlank() ? null : r.after())
                .facets(FACETS.toArray(KeywordField[]::new))
                .facetSize(30);
        DocumentType type = type(r.scope());
        if (type != null) {
            q.filter(KeywordField.TYPE, type.name());
        }
        q.filter(KeywordField.HALL, r.halls());
        q.filter(KeywordField.DEPARTMENT, r.departments());
        q.filter(KeywordField.ITEM, r.items());
        q.filter(KeywordField.STATUS, r.statuses());
        if (r.from() != null || r.to() != null) {
            if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
                throw new OnestopException("search.datesReversed");
            }
            q.dates(new DateRange(r.from() == null ? null : r.from().atStartOfDay(ZONE).toInstant(),
                    r.to() == null ? null : r.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        SearchResult result;
        try {
            result = backend.index().search(q.build());
        } catch (SearchQueryException e) {
            throw new OnestopException(e.key(), e.arguments().toArray());
        } catch (SearchUnavailableException e) {
            throw new OnestopException("search.unavailable");
        }
        return page(result, contexts(result));
    }

    /** The field's text as HTML with the hit's matches in it marked, or plainly escaped when none. */
    private static String marked(SearchResult.Hit hit, TextField field, String text) {
        String plain = text == null ? "" : text;
        return hit.snippets().stream().filter(sn -> sn.field() == field && sn.text().equals(plain)).findFirst()
                .map(Snippet::html).orElseGet(() -> new Snippet(field, plain, List.of()).html());
    }

    /** The context of each hit from its source (the case and document it stands for), by index id. */
    private Map<String, HitContext> contexts(SearchResult result) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (SearchResult.Hit h : result.hits()) {
            int colon = h.id().indexOf(':');
            if (colon > 0) {
                byKind.computeIfAbsent(h.id().substring(0, colon), k -> new ArrayList<>()).add(h.id().substring(colon + 1));
            }
        }
        Map<String, HitContext> out = new HashMap<>();
        byKind.forEach((kind, ids) -> sources.of(kind).ifPresent(source ->
                source.contexts(ids).forEach((id, context) -> out.put(source.documentId(id), context))));
        return out;
    }

    static SearchPage page(SearchResult result, Map<String, HitContext> contexts) {
        List<SearchPage.Hit> hits = result.hits().stream().map(h -> {
            int colon = h.id().indexOf(':');
            String title = h.title() == null ? "" : h.title();
            String titleHtml = h.snippets().stream().filter(sn -> sn.field() == TextField.TITLE && sn.text().equals(title))
                    .findFirst().map(Snippet::html)
                    .orElseGet(() -> new Snippet(TextField.TITLE, title, List.of()).html());
            HitContext context = contexts.get(h.id());
            Set<TextField> shownElsewhere = context == null ? Set.of() : CASE_FIELDS;
            List<String> passages = h.snippets().stream()
                    .filter(sn -> sn.field() != TextField.TITLE && !sn.text().equals(title))
                    .filter(sn -> !shownElsewhere.contains(sn.field()))
                    .map(Snippet::html).toList();
            SearchPage.CaseRef caseFile = context == null ? null : new SearchPage.CaseRef(context.caseNumber(),
                    context.itemCode(), marked(h, TextField.ITEM_NAME, context.itemName()),
                    marked(h, TextField.APPLICANT_NAME, context.applicant()), context.status());
            SearchPage.DocumentRef document = context == null || context.documentKind() == null ? null
                    : new SearchPage.DocumentRef(context.documentId(), context.documentKind(), context.documentName());
            return new SearchPage.Hit(h.id(), h.type().name().toLowerCase(Locale.ROOT),
                    colon < 0 ? null : h.id().substring(0, colon), colon < 0 ? h.id() : h.id().substring(colon + 1),
                    h.number(), h.title(), titleHtml, h.date(), passages, caseFile, document);
        }).toList();
        Map<String, List<SearchPage.Facet>> facets = new LinkedHashMap<>();
        Map<KeywordField, List<SearchResult.FacetCount>> sorted = new EnumMap<>(KeywordField.class);
        sorted.putAll(result.facets());
        sorted.forEach((field, counts) -> facets.put(field.fieldName(),
                counts.stream().map(c -> new SearchPage.Facet(c.value(), c.count())).toList()));
        return new SearchPage(result.total(), hits, facets, result.next());
    }

    private static SortOrder sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SortOrder.DATE_DESC;
        }
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "oldest" -> SortOrder.DATE_ASC;
            case "newest" -> SortOrder.DATE_DESC;
            default -> throw new OnestopException("search.sortUnknown", sort);
        };
    }

    private static DocumentType type(String scope) {
        if (scope == null || scope.isBlank() || scope.equalsIgnoreCase("all")) {
            return null;
        }
        return switch (scope.toLowerCase(Locale.ROOT)) {
            case "items" -> DocumentType.ITEM;
            case "cases" -> DocumentType.CASE;
            case "documents" -> DocumentType.DOCUMENT;
            default -> throw new OnestopException("search.scopeUnknown", scope);
        };
    }
}
