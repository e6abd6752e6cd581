package nl.pitstop.workshop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pitstop.support.rest.PageParameters;
import nl.pitstop.support.rest.Pages;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.rest.SearchParameters;
import nl.pitstop.support.security.Roles;
import nl.pitstop.workshop.application.ReferenceData;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/refdata}: the customers and vehicles the workshop knows (eventually consistent with
 * the customer and vehicle services).
 */
@Path("/refdata")
@RequestScoped
@RolesAllowed({Roles.OFFICE, Roles.MECHANIC})
@Produces(MediaType.APPLICATION_JSON)
public class RefDataResource {

  @Inject ReferenceData referenceData;

  @GET
  @Path("/customers")
  @APIResponse(
      responseCode = "200",
      description =
          "One page of the customers, ordered by name; X-Total-Count: how many, Link: the next"
              + " and previous pages. Without page and size: the first page of 50.")
  @APIResponse(responseCode = "400", description = "A bad page or size")
  public Response customers(@Valid @BeanParam PageParameters page, @Context UriInfo uri) {
    return Pages.of(
        referenceData.customers(page.offset(), page.size()),
        referenceData.customerCount(),
        page,
        uri);
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

  @GET
  @Path("/vehicles")
  @APIResponse(
      responseCode = "200",
      description =
          "One page of the vehicles whose license number starts with the search (in any case),"
              + " ordered by license number; X-Total-Count: how many, Link: the next and previous"
              + " pages. Without page and size: the first page of 50.")
  @APIResponse(responseCode = "400", description = "A bad page, size or search")
  public Response vehicles(@Valid @BeanParam SearchParameters page, @Context UriInfo uri) {
    String prefix = String.join("", page.words());
    return Pages.of(
        referenceData.vehicles(prefix, page.offset(), page.size()),
        referenceData.vehicleCount(prefix),
        page,
        uri);
  }

  @GET
  @Path("/vehicles/{licenseNumber}")
  @APIResponse(responseCode = "200", description = "The vehicle")
  @APIResponse(responseCode = "404", description = "The workshop knows no such vehicle (yet)")
  public Response vehicle(@PathParam("licenseNumber") String licenseNumber) {
    return referenceData
        .vehicle(licenseNumber)
        .map(vehicle -> Response.ok(vehicle).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "The workshop knows no vehicle with license number '"
                            + licenseNumber
                            + "'.")
                    .toResponse());
  }
}
