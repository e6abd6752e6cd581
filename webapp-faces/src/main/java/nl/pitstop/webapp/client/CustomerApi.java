package nl.pitstop.webapp.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import nl.pitstop.webapp.support.StaffTokenHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The customer management API ({@code customer-api/mp-rest/url}). */
@RegisterRestClient(configKey = "customer-api")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public interface CustomerApi {

  /**
   * One page of the customers found by the search (all for none), ordered by name, with the total
   * in {@code X-Total-Count}: a list of {@link Customer}.
   */
  @GET
  Response search(
      @QueryParam("search") String search,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("/{customerId}")
  Customer byId(@PathParam("customerId") String customerId);

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Customer register(RegisterCustomer command);

  /**
   * A customer; {@code loyaltyLevel} (1 bronze, 2 silver, 3 gold) only from the API's version 2,
   * null from version 1.
   */
  record Customer(
      String customerId,
      String name,
      String address,
      String postalCode,
      String city,
      String telephoneNumber,
      String emailAddress,
      Integer loyaltyLevel)
      implements Serializable {}

  /** The body of a registration. */
  record RegisterCustomer(
      String customerId,
      String name,
      String address,
      String postalCode,
      String city,
      String telephoneNumber,
      String emailAddress) {}
}
