package nl.pitstop.webapp.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import nl.pitstop.webapp.client.CustomerApi;
import nl.pitstop.webapp.client.CustomerApi.Customer;
import nl.pitstop.webapp.client.CustomerApi.RegisterCustomer;
import nl.pitstop.webapp.client.Paged;
import nl.pitstop.webapp.support.Api;
import nl.pitstop.webapp.support.ApiCalls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The customer API, called fault-tolerantly. */
@ApplicationScoped
public class Customers {

  @Inject @RestClient CustomerApi api;
  @Inject ApiCalls calls;

  private static final GenericType<List<Customer>> CUSTOMERS = new GenericType<>() {};

  /** One page of the customers found by the search (all for none), ordered by name. */
  public Paged<Customer> search(String search, int page, int size) {
    return calls.read(Api.CUSTOMER, () -> Paged.of(api.search(search, page, size), CUSTOMERS));
  }

  /** The customer, or {@code ApiException.NotFound}. */
  public Customer byId(String customerId) {
    return calls.read(Api.CUSTOMER, () -> api.byId(customerId));
  }

  public Customer register(RegisterCustomer command) {
    return calls.write(Api.CUSTOMER, () -> api.register(command));
  }
}
