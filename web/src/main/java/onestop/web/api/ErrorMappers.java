package onestop.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes a JSON {@link ApiError} in the caller's language, with a
 * status a script can act on; nothing leaks a stack trace or a method signature.
 */
public final class ErrorMappers {
    private ErrorMappers() {
    }

    static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message)).build();
    }

    /**
     * A refusal by the business rules: 404 for an unknown object, 409 for a conflict (a key ending in
     * {@code Taken} or {@code Conflict}), 403 for an act the caller's place forbids ({@code Forbidden}),
     * else 400.
     */
    @Provider
    public static class Refused implements ExceptionMapper<OnestopException> {
        @Context
        private HttpHeaders headers;

        Refused withHeaders(HttpHeaders headers) {
            this.headers = headers;
            return this;
        }

        @Override
        public Response toResponse(OnestopException e) {
            String key = e.key();
            Response.Status status = key.endsWith("Unknown") || key.endsWith(".unknown") || key.equals("document.missing")
                    ? Response.Status.NOT_FOUND
                    : key.endsWith("Taken") || key.endsWith("Conflict") || key.equals("common.staleEdit")
                            || key.equals("seal.activeExists") || key.equals("indexing.rebuildRunning")
                    ? Response.Status.CONFLICT
                    : key.endsWith("Forbidden") || key.equals("seal.notAuthorised") || key.equals("seal.otherDepartment")
                    ? Response.Status.FORBIDDEN
                    : key.equals("seal.unavailable") || key.equals("search.unavailable") ? Response.Status.SERVICE_UNAVAILABLE
                    : Response.Status.BAD_REQUEST;
            return error(status, key, Messages.text(ApiLocale.of(headers), e));
        }
    }

    /** Invalid catalog content: every problem, each with its field and message. */
    @Provider
    public static class CatalogRefused implements ExceptionMapper<onestop.catalog.CatalogException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(onestop.catalog.CatalogException e) {
            if (e.problems().isEmpty()) {
                return new Refused().withHeaders(headers).toResponse(e);
            }
            java.util.Locale locale = ApiLocale.of(headers);
            java.util.List<ApiProblem> problems = e.problems().stream()
                    .map(p -> new ApiProblem(p.field(), p.key(), Messages.text(locale, p.key(), p.args().toArray())))
                    .toList();
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiErrorWithProblems(e.key(), problems.get(0).message(), problems)).build();
        }
    }

    /** One invalid field. */
    public record ApiProblem(String field, String key, String message) {
    }

    /** An error with its list of problems. */
    public record ApiErrorWithProblems(String error, String message, java.util.List<ApiProblem> problems) {
    }

    /** The EJB layer refused the caller's role. */
    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, "forbidden", Messages.text(ApiLocale.of(headers), "error.forbidden"));
        }
    }

    /** A system failure inside an EJB: optimistic-lock conflicts are the user's business, the rest is logged. */
    @Provider
    public static class Failed implements ExceptionMapper<EJBException> {
        private static final Logger LOG = Logger.getLogger(Failed.class.getName());

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    return error(Response.Status.CONFLICT, "common.staleEdit",
                            Messages.text(ApiLocale.of(headers), "common.staleEdit", ""));
                }
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                    Messages.text(ApiLocale.of(headers), "error.internal"));
        }
    }

    /** Malformed requests (bad JSON, unknown enum value, wrong method) keep their status, with a JSON body. */
    @Provider
    public static class Rejected implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String key = status == 404 ? "error.notFound" : status >= 500 ? "error.internal" : "error.badRequest";
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(key, Messages.text(ApiLocale.of(headers), key))).build();
        }
    }
}
