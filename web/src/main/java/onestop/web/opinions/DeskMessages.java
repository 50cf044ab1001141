package onestop.web.opinions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;
import onestop.web.publicside.PublicTexts;

/** Messages of the opinion and follow-up desks: confirmations from the public bundle, refusals from the messages bundle. */
final class DeskMessages {
    private DeskMessages() {
    }

    static void done(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                PublicTexts.label(faces.getViewRoot().getLocale(), key, key, args), null));
    }

    static void refused(OnestopException e) {
        Messages.error(e);
    }
}
