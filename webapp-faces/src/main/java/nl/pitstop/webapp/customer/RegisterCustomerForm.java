package nl.pitstop.webapp.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.CustomerApi.RegisterCustomer;
import nl.pitstop.webapp.support.Messages;
import nl.pitstop.webapp.support.Module;

/**
 * "Customer Management - register customer". The customer id is chosen once per form, so sending
 * the same form twice (a double click, a retry after an unclear answer) cannot register two
 * customers: the API refuses the second with 409.
 */
@Named
@ViewScoped
public class RegisterCustomerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The input of each field of the API's request, for the API's field errors. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "name", "Name",
          "address", "Address",
          "postalCode", "PostalCode",
          "city", "City",
          "telephoneNumber", "TelephoneNumber",
          "emailAddress", "EmailAddress");

  @Inject Customers customers;

  private String customerId;
  private String name;
  private String address;
  private String postalCode;
  private String city;
  private String telephoneNumber;
  private String emailAddress;

  @PostConstruct
  void newCustomerId() {
    customerId = UUID.randomUUID().toString().replace("-", "");
  }

  /** Registers and goes to the overview; a refusal is shown on the form, the input kept. */
  public String register() {
    try {
      customers.register(
          new RegisterCustomer(
              customerId, name, address, postalCode, city, telephoneNumber, emailAddress));
    } catch (ApiException.Rejected rejected) {
      Messages.rejected("Unable to register: ", rejected, INPUTS);
      return null;
    } catch (RuntimeException failure) {
      Messages.offline("Unable to register: ", Module.CUSTOMER, failure);
      return null;
    }
    Messages.afterRedirect("Customer " + name + " is registered.");
    return "/customers/index.xhtml?faces-redirect=true";
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getTelephoneNumber() {
    return telephoneNumber;
  }

  public void setTelephoneNumber(String telephoneNumber) {
    this.telephoneNumber = telephoneNumber;
  }

  public String getEmailAddress() {
    return emailAddress;
  }

  public void setEmailAddress(String emailAddress) {
    this.emailAddress = emailAddress;
  }
}
