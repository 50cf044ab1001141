package onestop.catalog;

import onestop.common.OnestopException;

import java.io.Serial;
import java.util.List;

/** A refused catalog operation; for invalid content it carries every problem found, not only the first. */
public class CatalogException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final List<ContentProblem> problems;

    public CatalogException(String key, Object... args) {
        super(key, args);
        this.problems = List.of();
    }

    public CatalogException(List<ContentProblem> problems) {
        super(problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
