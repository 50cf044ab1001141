package onestop.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.security.AccountForm;
import onestop.security.AccountService;
import onestop.security.AccountView;

import java.util.List;

/** Staff accounts: {@code /api/me} for anyone logged in, {@code /api/accounts} for center management. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {
    @EJB
    private AccountService accounts;

    @GET
    @Path("me")
    public AccountView me() {
        return accounts.me();
    }

    @GET
    @Path("accounts")
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    @Path("accounts")
    public Response create(AccountForm form) {
        return Response.status(Response.Status.CREATED).entity(accounts.create(requireBody(form))).build();
    }

    @PUT
    @Path("accounts/{login}")
    public AccountView update(@PathParam("login") String login, AccountForm form) {
        AccountForm body = requireBody(form);
        return accounts.update(new AccountForm(login, body.displayName(), body.role(), body.departmentCode(),
                body.windowCode(), body.enabled(), null, body.version()));
    }

    @POST
    @Path("accounts/{login}/unlock")
    public AccountView unlock(@PathParam("login") String login) {
        return accounts.unlock(login);
    }

    @POST
    @Path("accounts/{login}/password")
    public Response resetPassword(@PathParam("login") String login, PasswordChange change) {
        accounts.resetPassword(login, change == null ? null : change.password());
        return Response.noContent().build();
    }

    /** The body of a password reset. */
    public record PasswordChange(String password) {
    }

    /** A request body JAX-RS left null (no body sent): 400, not a NullPointerException. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return body;
    }
}
