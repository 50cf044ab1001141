package onestop.web.calendar;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.calendar.CalendarEntry;
import onestop.calendar.CalendarException;
import onestop.calendar.CalendarService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar: {@code GET /api/calendar/deadline?from=&days=} and the years, public
 * (for integrators); {@code PUT} of a year, as JSON or iCalendar, for center management.
 */
@Path("calendar")
public class CalendarResource {
    static final String ICS = "text/calendar";

    @EJB
    private CalendarService calendar;

    @GET
    @Path("deadline")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> deadline(@QueryParam("from") LocalDate from, @QueryParam("days") Integer days) {
        if (days == null) {
            throw new CalendarException("calendar.daysOutOfRange", 999);
        }
        return Map.of("from", String.valueOf(from), "days", days, "deadline", calendar.deadline(from, days).toString());
    }

    @GET
    @Path("{year: \\d{4}}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CalendarEntry> year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    @GET
    @Path("{year: \\d{4}}.ics")
    @Produces(ICS + "; charset=UTF-8")
    public Response yearIcs(@PathParam("year") int year) {
        return Response.ok(calendar.yearAsIcs(year))
                .header("Content-Disposition", "attachment; filename=\"calendar-" + year + ".ics\"").build();
    }

    @PUT
    @Path("{year: \\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<CalendarEntry> replace(@PathParam("year") int year, List<CalendarEntry> entries) {
        return calendar.replaceYear(year, entries == null ? List.of() : entries);
    }

    @PUT
    @Path("{year: \\d{4}}.ics")
    @Consumes(ICS)
    @Produces(MediaType.APPLICATION_JSON)
    public List<CalendarEntry> replaceIcs(@PathParam("year") int year, String ics) {
        return calendar.replaceYearFromIcs(year, ics);
    }
}
