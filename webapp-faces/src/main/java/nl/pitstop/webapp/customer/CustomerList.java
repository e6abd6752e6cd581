package nl.pitstop.webapp.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pitstop.webapp.client.CustomerApi.Customer;
import nl.pitstop.webapp.client.Paged;
import nl.pitstop.webapp.support.SearchedList;

/**
 * "Customer Management - overview": the customers by name, a page at a time, found by a word of
 * their name, city or e-mail address ({@code ?search=&page=}).
 */
@Named
@RequestScoped
public class CustomerList extends SearchedList<Customer> {

  @Inject Customers customers;

  @Override
  protected Paged<Customer> find(String search, int page, int size) {
    return customers.search(search, page, size);
  }
}
