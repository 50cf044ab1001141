package onestop.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Look-ups of the center's organisation by their stable codes; joins the caller's transaction. */
@ApplicationScoped
public class CenterRepository {
    @PersistenceContext
    private EntityManager em;

    public List<Hall> halls() {
        return em.createNamedQuery("Hall.all", Hall.class).getResultList();
    }

    public List<Department> departments() {
        return em.createNamedQuery("Department.all", Department.class).getResultList();
    }

    public List<ServiceWindow> windows() {
        return em.createNamedQuery("ServiceWindow.all", ServiceWindow.class).getResultList();
    }

    public Optional<Hall> hall(String code) {
        return single(em.createNamedQuery("Hall.byCode", Hall.class).setParameter("code", code).getResultList());
    }

    public Optional<Department> department(String code) {
        return single(em.createNamedQuery("Department.byCode", Department.class)
                .setParameter("code", code).getResultList());
    }

    public Optional<ServiceWindow> window(String code) {
        return single(em.createNamedQuery("ServiceWindow.byCode", ServiceWindow.class)
                .setParameter("code", code).getResultList());
    }

    public Optional<CenterProfile> profile() {
        return Optional.ofNullable(em.find(CenterProfile.class, CenterProfile.ID));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    private static <T> Optional<T> single(List<T> results) {
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
