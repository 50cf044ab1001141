package onestop.web.opinions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.opinions.OpinionService;
import onestop.opinions.OpinionViews.StaffOpinion;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The workbench's opinions ({@code /staff/opinions/opinions.xhtml}): the caller's department's
 * (all of them for supervisors and management), late ones first by due day; open one, reply,
 * close. The EJB decides who may answer.
 */
@Named
@ViewScoped
public class OpinionDesk implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private OpinionService opinions;

    private boolean openOnly = true;
    private List<StaffOpinion> list;
    private StaffOpinion selected;
    private String reply;
    private String note;

    @PostConstruct
    void load() {
        list = opinions.queue(openOnly);
    }

    public void filterChanged() {
        load();
    }

    public void open(String tracking) {
        try {
            selected = opinions.find(tracking);
            reply = null;
            note = null;
        } catch (OnestopException e) {
            DeskMessages.refused(e);
        }
    }

    public void answer() {
        try {
            selected = opinions.answer(selected.trackingNumber(), selected.version(), reply);
            DeskMessages.done("staff.opinions.answered", selected.trackingNumber());
            reply = null;
            load();
        } catch (OnestopException e) {
            DeskMessages.refused(e);
        }
    }

    public void close() {
        try {
            selected = opinions.close(selected.trackingNumber(), selected.version(), note);
            DeskMessages.done("staff.opinions.closed", selected.trackingNumber());
            note = null;
            load();
        } catch (OnestopException e) {
            DeskMessages.refused(e);
        }
    }

    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public List<StaffOpinion> getList() { return list; }
    public StaffOpinion getSelected() { return selected; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
