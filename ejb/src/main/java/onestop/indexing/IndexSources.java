package onestop.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Every {@link IndexSource} bean of the application, by kind. */
@ApplicationScoped
public class IndexSources {
    @Inject
    @Any
    private Instance<IndexSource> sources;

    public Optional<IndexSource> of(String kind) {
        for (IndexSource s : sources) {
            if (s.kind().equals(kind)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public List<IndexSource> all() {
        return sources.stream().toList();
    }
}
