package onestop.catalog;

import java.io.Serializable;
import java.util.List;

/** One thing wrong with an item's content: the field (or import column), a message key and its arguments. */
public record ContentProblem(String field, String key, List<Object> args) implements Serializable {
    static ContentProblem of(String field, String key, Object... args) {
        return new ContentProblem(field, key, List.of(args));
    }
}
