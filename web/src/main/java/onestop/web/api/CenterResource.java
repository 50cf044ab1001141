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
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentForm;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;
import onestop.center.CenterViews.WindowForm;
import onestop.center.CenterViews.WindowView;

import java.util.List;

import static onestop.web.api.AccountsResource.requireBody;

/** Halls, departments and windows for staff scripts; changes need center management. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CenterResource {
    @EJB
    private CenterService center;

    @GET
    @Path("halls")
    public List<HallView> halls() {
        return center.halls();
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments() {
        return center.departments();
    }

    @POST
    @Path("departments")
    public Response createDepartment(DepartmentForm form) {
        return Response.status(Response.Status.CREATED).entity(center.createDepartment(requireBody(form))).build();
    }

    @PUT
    @Path("departments/{code}")
    public DepartmentView updateDepartment(@PathParam("code") String code, DepartmentForm form) {
        DepartmentForm body = requireBody(form);
        return center.updateDepartment(new DepartmentForm(code, body.name(), body.hallCode(), body.phone(),
                body.active(), body.version()));
    }

    @GET
    @Path("windows")
    public List<WindowView> windows() {
        return center.windows();
    }

    @POST
    @Path("windows")
    public Response createWindow(WindowForm form) {
        return Response.status(Response.Status.CREATED).entity(center.createWindow(requireBody(form))).build();
    }

    @PUT
    @Path("windows/{code}")
    public WindowView updateWindow(@PathParam("code") String code, WindowForm form) {
        WindowForm body = requireBody(form);
        return center.updateWindow(new WindowForm(code, body.departmentCode(), body.hallCode(), body.active(),
                body.version()));
    }
}
