package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.seal.SealViews.Verification;
import onestop.seal.VerificationService;
import onestop.web.i18n.LocaleView;
import org.primefaces.event.FileUploadEvent;

import java.io.Serial;
import java.io.Serializable;

/** The public verification page: upload a PDF, see whether the center sealed it and what changed. */
@Named
@ViewScoped
public class VerifyView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Uploads through the page (the Faces servlet takes files up to 10 MB); the API takes 20 MB. */
    public static final long MAX_UPLOAD = 10L * 1024 * 1024;

    @EJB
    private VerificationService verification;

    @Inject
    private LocaleView locale;

    private VerificationJson result;
    private String fileName;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        Verification checked = verification.verify(event.getFile().getContent());
        result = VerificationJson.of(checked, locale.getLocale());
    }

    public VerificationJson getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }

    public long getMaxUpload() {
        return MAX_UPLOAD;
    }
}
