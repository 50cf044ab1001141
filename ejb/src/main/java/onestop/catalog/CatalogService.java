package onestop.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import onestop.audit.AuditService;
import onestop.catalog.CatalogViews.FieldChange;
import onestop.catalog.CatalogViews.VersionView;
import onestop.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Center management keeps the catalog: items are created and changed only through drafts that
 * another administrator approves; published versions never change; items and fees are cancelled
 * by decree from an effective date. Every step is audited.
 */
@Stateless
@RolesAllowed(Roles.CENTER_ADMIN)
public class CatalogService {
    static final String AUDIT_TYPE = "ServiceItem";

    @Inject
    private CatalogRepository catalog;

    @Inject
    private Publisher publisher;

    @EJB
    private AuditService audit;

    @EJB
    private onestop.documents.DocumentStore documents;

    static final int SAMPLE_MAX_BYTES = 10 * 1024 * 1024;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemDefaultZone();

    /** Creates an item with its first draft. */
    public VersionView create(String code, ItemContent content, String changeNote) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ItemContentRules.CODE.matcher(c).matches()) {
            throw new CatalogException("catalog.codeInvalid", c);
        }
        if (catalog.item(c).isPresent()) {
            throw new CatalogException("catalog.codeTaken", c);
        }
        requireValid(content);
        ServiceItem item = new ServiceItem(c, now());
        catalog.persist(item);
        ServiceItemVersion draft = new ServiceItemVersion(item, content, changeNote, caller(), now());
        catalog.persist(draft);
        audit.record("ITEM_CREATED", AUDIT_TYPE, c, content.name());
        return VersionView.of(draft);
    }

    /** Opens a draft copied from the version in effect; one open version per item at a time. */
    public VersionView startDraft(String code) {
        ServiceItem item = item(code);
        if (catalog.open(item).isPresent()) {
            throw new CatalogException("catalog.draftExists", code);
        }
        ServiceItemVersion base = catalog.published(item).stream().findFirst()
                .orElseThrow(() -> new CatalogException("catalog.notPublished", code));
        ServiceItemVersion draft = new ServiceItemVersion(item, base.content(), null, caller(), now());
        catalog.persist(draft);
        audit.record("ITEM_DRAFT_STARTED", AUDIT_TYPE, item.getCode(), "from version " + base.getNumber());
        return VersionView.of(draft);
    }

    public VersionView saveDraft(String code, ItemContent content, String changeNote, long lockVersion) {
        ServiceItemVersion draft = open(code);
        if (draft.getVersion() != lockVersion) {
            throw new CatalogException("common.staleEdit", code);
        }
        requireValid(content);
        draft.edit(content, changeNote, caller(), now());
        audit.record("ITEM_DRAFT_SAVED", AUDIT_TYPE, code, content.name());
        return VersionView.of(draft);
    }

    public VersionView submit(String code) {
        ServiceItemVersion draft = open(code);
        requireValid(draft.content());
        draft.submit(caller(), now(), null);
        audit.record("ITEM_SUBMITTED", AUDIT_TYPE, code, null);
        return VersionView.of(draft);
    }

    public VersionView sendBack(String code, String reason) {
        ServiceItemVersion version = open(code);
        version.sendBack();
        audit.record("ITEM_SENT_BACK", AUDIT_TYPE, code, reason);
        return VersionView.of(version);
    }

    /** Publishes the version in review as the next number, in effect from {@code effective} (today if null). */
    public VersionView approve(String code, LocalDate effective) {
        ServiceItemVersion version = open(code);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = effective == null ? today : effective;
        if (from.isBefore(today)) {
            throw new CatalogException("catalog.effectiveInPast", from);
        }
        publisher.publish(version, from, caller());
        return VersionView.of(version);
    }

    /** Cancels an item by decree: from the effective date it accepts no new case. */
    public void cancelItem(String code, String decree, LocalDate effective) {
        ServiceItem item = item(code);
        requireDecree(decree, effective);
        item.cancel(decree.strip(), effective, caller(), now());
        audit.record("ITEM_CANCELLED", AUDIT_TYPE, code, decree.strip() + " effective " + effective);
        publisher.reindex(List.of(item));
    }

    /** Cancels one fee item by decree: from the effective date it is never charged. */
    public void cancelFee(String code, String feeCode, String decree, LocalDate effective) {
        ServiceItem item = item(code);
        requireDecree(decree, effective);
        boolean known = catalog.versions(item).stream()
                .anyMatch(v -> v.content().fees().stream().anyMatch(f -> f.code().equals(feeCode)));
        if (!known) {
            throw new CatalogException("catalog.feeUnknown", feeCode);
        }
        if (catalog.feeCancellations(item).stream().anyMatch(f -> f.getFeeCode().equals(feeCode))) {
            throw new CatalogException("catalog.feeAlreadyCancelled", feeCode);
        }
        catalog.persist(new FeeCancellation(item, feeCode, decree.strip(), effective, caller(), now()));
        audit.record("FEE_CANCELLED", AUDIT_TYPE, code, feeCode + ": " + decree.strip() + " effective " + effective);
    }

    /**
     * Stores a blank form or sample for a material of a draft (PDF, image or Office file, judged
     * by content, at most 10 MB); the caller puts the returned hash into the draft's material.
     */
    public onestop.documents.DocumentInfo storeSample(byte[] content) {
        if (content == null || content.length > SAMPLE_MAX_BYTES) {
            throw new CatalogException("catalog.sampleTooLarge", SAMPLE_MAX_BYTES / (1024 * 1024));
        }
        String type = onestop.documents.ContentTypes.detect(content);
        if (type == null) {
            throw new CatalogException("catalog.sampleWrongType");
        }
        onestop.documents.DocumentInfo info = documents.store(content, type);
        audit.record("SAMPLE_STORED", "Document", info.sha256(), type + ", " + content.length + " bytes");
        return info;
    }

    /** Every version of an item, drafts included, oldest first. */
    public List<VersionView> versions(String code) {
        return catalog.versions(item(code)).stream().map(VersionView::of).toList();
    }

    /** What changed from one version to another (by version id: drafts can be compared too). */
    public List<FieldChange> compare(String code, long fromId, long toId) {
        List<ServiceItemVersion> versions = catalog.versions(item(code));
        return ContentDiff.between(byId(versions, fromId).content(), byId(versions, toId).content());
    }

    private static ServiceItemVersion byId(List<ServiceItemVersion> versions, long id) {
        return versions.stream().filter(v -> v.getId() == id).findFirst()
                .orElseThrow(() -> new CatalogException("catalog.versionUnknown", id));
    }

    private void requireValid(ItemContent content) {
        publisher.requireValid(content);
    }

    private static void requireDecree(String decree, LocalDate effective) {
        if (decree == null || decree.isBlank() || decree.length() > 300) {
            throw new CatalogException("catalog.decreeRequired");
        }
        if (effective == null) {
            throw new CatalogException("catalog.effectiveRequired");
        }
    }

    private ServiceItem item(String code) {
        return catalog.item(code == null ? "" : code).orElseThrow(() -> new CatalogException("catalog.itemUnknown", code));
    }

    private ServiceItemVersion open(String code) {
        return catalog.open(item(code)).orElseThrow(() -> new CatalogException("catalog.noDraft", code));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
