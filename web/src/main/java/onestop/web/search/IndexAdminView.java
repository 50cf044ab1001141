package onestop.web.search;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.indexing.IndexStatus;
import onestop.indexing.IndexingService;
import onestop.web.i18n.Messages;
import onestop.web.i18n.TextView;

import java.io.Serial;
import java.io.Serializable;

/**
 * The search index part of center management ({@code staff/admin/search-index.xhtml}): whether the
 * index answers, how many changes wait in the outbox and how old the oldest is (the lag), the last
 * error, and the full rebuild with its progress (refreshed every few seconds).
 */
@Named
@ViewScoped
public class IndexAdminView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private IndexingService indexing;

    @Inject
    private TextView i18n;

    private IndexStatus status;

    public void load() {
        status = indexing.status();
    }

    public void rebuild() {
        try {
            long id = indexing.requestRebuild();
            Messages.info("indexing.rebuildStarted", id);
        } catch (OnestopException e) {
            Messages.error(e);
        }
        load();
    }

    public IndexStatus getStatus() {
        if (status == null) {
            load();
        }
        return status;
    }

    public String time(java.time.Instant at) {
        return i18n.time(at);
    }
}
