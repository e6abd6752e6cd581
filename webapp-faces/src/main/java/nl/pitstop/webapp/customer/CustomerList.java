package nl.pitstop.webapp.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.pitstop.webapp.client.CustomerApi.Customer;

/** "Customer Management - overview": every customer, in the API's order. */
@Named
@RequestScoped
public class CustomerList {

  @Inject Customers customers;

  private List<Customer> all = List.of();

  /** View action: loads before anything is rendered. */
  public void load() {
    all = customers.all();
  }

  public List<Customer> getCustomers() {
    return all;
  }
}
