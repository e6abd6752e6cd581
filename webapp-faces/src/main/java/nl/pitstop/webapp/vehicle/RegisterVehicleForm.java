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

/**
 * "Vehicle Management - register vehicle", with the owner chosen from the customer API's customers.
 * The owners are loaded once per form, so a form shown again with messages keeps them.
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

  private List<Customer> owners = List.of();
  private String licenseNumber;
  private String brand;
  private String type;
  private String selectedCustomerId;

  /** View action (first request only): the customers to choose the owner from. */
  public void load() {
    owners = customers.all();
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

  public List<Customer> getOwners() {
    return owners;
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
