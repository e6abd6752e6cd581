package it.nl.pitstop.webapp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.pitstop.webapp.client.CustomerApi.Customer;

/** The fake customer API, at the paths of {@code CustomerApi}. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public class FakeCustomerApi {

  @GET
  public Response all() {
    return FakeApi.CUSTOMERS.read(() -> List.of(customer("c-1")));
  }

  @GET
  @Path("/{customerId}")
  public Response byId(@PathParam("customerId") String customerId) {
    return FakeApi.CUSTOMERS.read(() -> customer(customerId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(String command) {
    return FakeApi.CUSTOMERS.write(() -> customer("c-new"));
  }

  static Customer customer(String customerId) {
    return new Customer(
        customerId,
        "Jane Doe",
        "Main Street 1",
        "1234 AB",
        "Amsterdam",
        "0201234567",
        "jane@example.test",
        null);
  }
}
