package nl.pitstop.webapp.vehicle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.CustomerApi.Customer;
import nl.pitstop.webapp.client.VehicleApi.Vehicle;
import nl.pitstop.webapp.customer.Customers;

/**
 * "Vehicle Management - details" of the vehicle in {@code ?licenseNumber=}, with its owner's name
 * from the customer API. Unlike the original, a vehicle is still shown when the customer API is
 * offline or does not know the owner: the page says so where the owner's name would be.
 */
@Named
@RequestScoped
public class VehicleDetails {

  private static final Logger LOG = Logger.getLogger(VehicleDetails.class.getName());

  @Inject Vehicles vehicles;
  @Inject Customers customers;

  private String licenseNumber;
  private Vehicle vehicle;
  private Customer owner;
  private String ownerProblem;

  /** View action: an unknown or missing license number shows the not-found page. */
  public void load() {
    if (licenseNumber == null || licenseNumber.isBlank()) {
      throw ApiException.notFound("Which vehicle? The address names none.");
    }
    vehicle = vehicles.byLicenseNumber(licenseNumber);
    try {
      owner = customers.byId(vehicle.ownerId());
    } catch (ApiException.NotFound e) {
      ownerProblem = "unknown customer " + vehicle.ownerId();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Owner of " + licenseNumber + " not shown: " + e);
      ownerProblem = "customer management is offline at the moment";
    }
  }

  public String getLicenseNumber() {
    return licenseNumber;
  }

  public void setLicenseNumber(String licenseNumber) {
    this.licenseNumber = licenseNumber;
  }

  public Vehicle getVehicle() {
    return vehicle;
  }

  /** The owner, or null when {@link #getOwnerProblem()} says why not. */
  public Customer getOwner() {
    return owner;
  }

  public String getOwnerProblem() {
    return ownerProblem;
  }
}
