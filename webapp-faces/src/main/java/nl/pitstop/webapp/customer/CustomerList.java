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

  private List<Customer> all;

  /** View action: loads before anything is rendered. */
  public void load() {
    all = customers.all();
  }

  /**
   * The customers. The view action runs on the page's first request only; a postback (the table's
   * paginator) loads them here, or its pages after the first would be empty.
   */
  public List<Customer> getCustomers() {
    if (all == null) {
      all = customers.all();
    }
    return all;
  }
}
