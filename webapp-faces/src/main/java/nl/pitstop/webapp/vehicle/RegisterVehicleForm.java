package nl.pitstop.webapp.vehicle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.CustomerApi.Customer;
import nl.pitstop.webapp.client.VehicleApi.RegisterVehicle;
import nl.pitstop.webapp.customer.Customers;
import nl.pitstop.webapp.support.Messages;
import nl.pitstop.webapp.support.Module;
import nl.pitstop.webapp.support.Suggestions;

/**
 * "Vehicle Management - register vehicle", with the owner found as the user types (the customer
 * API's search, ten at a time, docs/adr/0019). The names of the owners offered are kept with the
 * form, so a form shown again with messages shows the chosen owner by name.
 */
@Named
@ViewScoped
public class RegisterVehicleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> INPUTS =
      Map.of(
          "licenseNumber", "LicenseNumber",
          "brand", "Brand",
          "type", "Type",
          "ownerId", "SelectedCustomerId");

  @Inject Customers customers;
  @Inject Vehicles vehicles;

  /** Suggestions offered for an owner. */
  static final int SUGGESTIONS = 10;

  private final Suggestions<Customer> owners =
      new Suggestions<>(Customer.class, Customer::customerId, RegisterVehicleForm::label);
  private String licenseNumber;
  private String brand;
  private String type;
  private String selectedCustomerId;

  private String ownerId;

  /**
   * View action (first request only): with {@code ?ownerId=} (the customer's details page) that
   * customer is the owner chosen; an unknown id chooses none.
   */
  public void load() {
    if (ownerId == null || ownerId.isBlank()) {
      return;
    }
    try {
      Customer owner = customers.byId(ownerId.strip());
      owners.remember(owner);
      selectedCustomerId = owner.customerId();
    } catch (ApiException.NotFound unknown) {
      selectedCustomerId = null;
    }
  }

  public String getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(String ownerId) {
    this.ownerId = ownerId;
  }

  /** The customers found by what was typed, for the owner field. */
  public List<Customer> completeOwner(String typed) {
    return owners.offer(() -> customers.search(typed, 0, SUGGESTIONS).items());
  }

  public Suggestions<Customer> getOwners() {
    return owners;
  }

  private static String label(Customer customer) {
    return customer.name() + " (" + customer.city() + ", " + customer.emailAddress() + ")";
  }

  /** Registers and goes to the overview; a refusal is shown on the form, the input kept. */
  public String register() {
    try {
      vehicles.register(new RegisterVehicle(licenseNumber, brand, type, selectedCustomerId));
    } catch (ApiException.Rejected rejected) {
      Messages.rejected("Unable to register: ", rejected, INPUTS);
      return null;
    } catch (RuntimeException failure) {
      Messages.offline("Unable to register: ", Module.VEHICLE, failure);
      return null;
    }
    Messages.afterRedirect("Vehicle " + licenseNumber.toUpperCase(Locale.ROOT) + " is registered.");
    return "/vehicles/index.xhtml?faces-redirect=true";
  }

  public String getLicenseNumber() {
    return licenseNumber;
  }

  public void setLicenseNumber(String licenseNumber) {
    this.licenseNumber = licenseNumber;
  }

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSelectedCustomerId() {
    return selectedCustomerId;
  }

  public void setSelectedCustomerId(String selectedCustomerId) {
    this.selectedCustomerId = selectedCustomerId;
  }
}
