package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.disclosure.PublicException;
import onestop.evaluation.Evaluation;
import onestop.evaluation.EvaluationService;
import onestop.evaluation.EvaluationViews.EvaluationForm;
import onestop.evaluation.EvaluationViews.EvaluationReceipt;
import onestop.web.publicside.PublicLimits.Kind;

import java.util.List;

/** {@code /evaluate.xhtml}: the applicant rates a finished case (好差評) once, with its number and query code. */
@Named
@RequestScoped
public class EvaluationPage extends PublicPage {
    /** The grades, best first, as the form lists them. */
    public static final List<Integer> GRADES = List.of(5, 4, 3, 2, 1);

    @EJB
    private EvaluationService evaluations;


    private String number;
    private String code;
    private String rating;
    private String comment;
    private EvaluationReceipt receipt;

    public void load() {
        cacheControl(NO_STORE);
        number = param("number");
        if (!posted()) {
            return;
        }
        code = param("code");
        rating = param("rating");
        comment = param("comment");
        try {
            if (robot()) {
                throw new PublicException("evaluation.rejected");
            }
            String address = ClientAddress.of(request());
            limits.take(Kind.SUBMISSION, address);
            Integer grade = null;
            try {
                grade = rating == null || rating.isBlank() ? null : Integer.valueOf(rating.strip());
            } catch (NumberFormatException e) {
                grade = null;
            }
            receipt = evaluations.evaluate(new EvaluationForm(number, code, grade, comment), address);
        } catch (PublicException e) {
            refused(e);
        }
    }

    public List<Integer> getGrades() {
        return GRADES;
    }

    public int getMaxComment() {
        return Evaluation.MAX_COMMENT;
    }

    public String getNumber() { return number; }
    /** The code is echoed back only while the form is being corrected, never after a wrong code. */
    public String getCode() { return getErrorKey() != null && getErrorKey().startsWith("progress.") ? null : code; }
    public String getRating() { return rating; }
    public String getComment() { return comment; }
    public EvaluationReceipt getReceipt() { return receipt; }
}
