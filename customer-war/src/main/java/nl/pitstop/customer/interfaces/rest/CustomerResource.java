package nl.pitstop.customer.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.pitstop.customer.application.CustomerService;
import nl.pitstop.customer.domain.Customer;
import nl.pitstop.customer.domain.CustomerRepository;
import nl.pitstop.support.rest.Pages;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.rest.SearchParameters;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/customers}: register and look up customers. Customers are answered as the configured
 * {@link ApiVersion} shows them; {@link ApiVersionHeader} names that version in every answer.
 */
@Path("/customers")
@RequestScoped
@RolesAllowed(Roles.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

  @Inject CustomerService service;

  @Inject ConfiguredApiVersion apiVersion;

  @GET
  @APIResponse(
      responseCode = "200",
      description =
          "One page of the customers, ordered by name; X-Total-Count: how many match, Link: the"
              + " next and previous pages. Without page and size: the first page of 50.",
      headers = {
        @Header(ref = "#/components/headers/Pitstop-Api-Version"),
        @Header(name = Pages.TOTAL_COUNT, description = "How many customers match, on all pages")
      })
  @APIResponse(responseCode = "400", description = "A bad page, size or search")
  public Response search(@Valid @BeanParam SearchParameters page, @Context UriInfo uri) {
    CustomerRepository.Page found = service.search(page.words(), page.offset(), page.size());
    ApiVersion version = apiVersion.current();
    List<CustomerDto> customers =
        found.customers().stream().map(customer -> CustomerDto.of(customer, version)).toList();
    return Pages.of(customers, found.total(), found.totalCapped(), page, uri);
  }

  @GET
  @Path("/{customerId}")
  @APIResponse(
      responseCode = "200",
      description = "The customer",
      headers = @Header(ref = "#/components/headers/Pitstop-Api-Version"))
  @APIResponse(responseCode = "404", description = "No customer with that id")
  public Response byId(@PathParam("customerId") String customerId) {
    return service
        .find(customerId)
        .map(customer -> Response.ok(CustomerDto.of(customer, apiVersion.current())).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "No customer with id '" + customerId + "' is registered.")
                    .toResponse());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the customer",
      headers = @Header(ref = "#/components/headers/Pitstop-Api-Version"))
  @APIResponse(responseCode = "400", description = "Invalid fields, each named")
  @APIResponse(responseCode = "409", description = "A customer with that id exists")
  public Response register(
      @NotNull(message = "A request body is required.") @Valid RegisterCustomerRequest request,
      @Context UriInfo uri) {
    Customer customer = service.register(request.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(customer.customerId()).build())
        .entity(CustomerDto.of(customer, apiVersion.current()))
        .build();
  }
}
