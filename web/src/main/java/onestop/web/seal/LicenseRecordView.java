package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.seal.LicenseService;
import onestop.seal.SealException;
import onestop.seal.SealViews.LicenseRecord;

/** The public record of a license, what its QR code opens: {@code license.xhtml?number=…}. */
@Named
@RequestScoped
public class LicenseRecordView {
    @EJB
    private LicenseService licenses;

    private String number;
    private LicenseRecord record;

    public void load() {
        if (number == null || number.isBlank() || number.length() > 40) {
            return;
        }
        try {
            record = licenses.publicRecord(number);
        } catch (SealException e) {
            record = null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LicenseRecord getRecord() {
        return record;
    }

    public boolean isFound() {
        return record != null;
    }
}
