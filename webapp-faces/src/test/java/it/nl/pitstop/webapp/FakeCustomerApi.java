package it.nl.pitstop.webapp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.pitstop.webapp.client.CustomerApi.Customer;

/** The fake customer API, at the paths of {@code CustomerApi}. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public class FakeCustomerApi {

  @GET
  public void search(@Suspended AsyncResponse call) {
    FakeApi.CUSTOMERS.read(call, () -> List.of(customer("c-1")));
  }

  @GET
  @Path("/{customerId}")
  public void byId(@PathParam("customerId") String customerId, @Suspended AsyncResponse call) {
    FakeApi.CUSTOMERS.read(call, () -> customer(customerId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public void register(String command, @Suspended AsyncResponse call) {
    FakeApi.CUSTOMERS.write(call, () -> customer("c-new"));
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
