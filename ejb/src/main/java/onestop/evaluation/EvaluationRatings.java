package onestop.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import onestop.supervision.PerformanceCalculator;
import onestop.supervision.PerformanceService;

import java.time.LocalDate;
import java.util.List;

/** The applicants' ratings (好差評) of a period, for the satisfaction figures of e-supervision. */
@ApplicationScoped
public class EvaluationRatings implements PerformanceService.RatingSource {
    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PerformanceCalculator.Rating> ratings(LocalDate from, LocalDate to, String department) {
        TypedQuery<Evaluation> q = em.createQuery("select e from Evaluation e where e.submittedOn between :from and :to"
                + (department == null ? "" : " and e.departmentCode = :dept"), Evaluation.class)
                .setParameter("from", from).setParameter("to", to);
        if (department != null) {
            q.setParameter("dept", department);
        }
        return q.getResultStream().map(e -> new PerformanceCalculator.Rating(e.getDepartmentCode(), e.getWindowCode(),
                e.getItemCode(), e.getRating())).toList();
    }
}
