package onestop.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API. Without it RESTEasy's JSON-B provider worked with an instance
 * whose class models were not kept, and Yasson introspected the response class again on every call:
 * 7 % of the server's CPU under the intake load (JFR, docs/BENCHMARKS.md). Yasson's instances are
 * thread-safe and cache what they learn about each class.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
