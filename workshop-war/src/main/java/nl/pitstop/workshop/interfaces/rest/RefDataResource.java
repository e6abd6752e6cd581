package nl.pitstop.workshop.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.workshop.application.CustomerInfo;
import nl.pitstop.workshop.application.ReferenceData;

/** {@code /api/refdata}: the customers (and later vehicles) the workshop knows. */
@Path("/refdata")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RefDataResource {

  @Inject ReferenceData referenceData;

  @GET
  @Path("/customers")
  public List<CustomerInfo> customers() {
    return referenceData.customers();
  }

  @GET
  @Path("/customers/{customerId}")
  public Response customer(@PathParam("customerId") String customerId) {
    return referenceData
        .customer(customerId)
        .map(customer -> Response.ok(customer).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "The workshop knows no customer with id '" + customerId + "'.")
                    .toResponse());
  }
}
