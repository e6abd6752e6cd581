package nl.pitstop.webapp.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.CustomerApi.Customer;

/** "Customer Management - details" of the customer in {@code ?id=}. */
@Named
@RequestScoped
public class CustomerDetails {

  @Inject Customers customers;

  private String id;
  private Customer customer;

  /** View action: an unknown or missing id shows the not-found page. */
  public void load() {
    if (id == null || id.isBlank()) {
      throw ApiException.notFound("Which customer? The address names none.");
    }
    customer = customers.byId(id);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Customer getCustomer() {
    return customer;
  }

  /** The loyalty badge's text, e.g. "Gold (3)"; null when the API sent no level (its v1). */
  public String getLoyaltyLabel() {
    return customer == null ? null : LoyaltyLevels.label(customer.loyaltyLevel());
  }

  /** The loyalty badge's CSS classes. */
  public String getLoyaltyStyleClass() {
    return LoyaltyLevels.styleClass(customer == null ? null : customer.loyaltyLevel());
  }
}
