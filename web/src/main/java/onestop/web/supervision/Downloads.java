package onestop.web.supervision;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.common.OnestopException;

import java.io.IOException;
import java.util.function.LongFunction;

/**
 * What the workbench's file downloads share: the {@code id} parameter, the response headers, and
 * the answers when the EJB refuses (unknown, someone else's or not ready: 404; a role that may
 * not: 403).
 */
final class Downloads {
    private Downloads() {
    }

    /** A file to send; {@code name} is made plain ASCII (the exports' and notices' names are). */
    record File(byte[] body, String contentType, String disposition, String name) {
    }

    static void serve(HttpServletRequest request, HttpServletResponse response, LongFunction<File> source)
            throws IOException {
        String value = request.getParameter("id");
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File file;
        try {
            file = source.apply(Long.parseLong(value.strip()));
        } catch (OnestopException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", file.disposition() + "; filename=\""
                + file.name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.body().length);
        response.getOutputStream().write(file.body());
    }
}
