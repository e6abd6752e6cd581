package nl.pitstop.webapp.workshop;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.WorkshopApi.CustomerInfo;
import nl.pitstop.webapp.client.WorkshopApi.KnownCustomer;
import nl.pitstop.webapp.client.WorkshopApi.KnownVehicle;
import nl.pitstop.webapp.client.WorkshopApi.PlanMaintenanceJob;
import nl.pitstop.webapp.client.WorkshopApi.VehicleInfo;
import nl.pitstop.webapp.support.Messages;
import nl.pitstop.webapp.support.Module;
import nl.pitstop.webapp.support.Suggestions;
import nl.pitstop.webapp.support.Today;

/**
 * "Workshop Management - schedule maintenance" on {@code ?planningDate=}: 08:00 to 10:00 by
 * default, the vehicle chosen from the workshop's reference data (only the workshop API is needed).
 * The job id is chosen once per form, so sending it twice cannot plan two jobs.
 */
@Named
@ViewScoped
public class ScheduleMaintenanceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> INPUTS =
      Map.of(
          "startTime", "StartTime",
          "endTime", "EndTime",
          "description", "Description",
          "licenseNumber", "SelectedVehicleLicenseNumber");

  @Inject Workshop workshop;
  @Inject Today today;

  private String planningDate;
  private LocalDate date;
  private UUID jobId;
  private final Suggestions<KnownVehicle> vehicles =
      new Suggestions<>(
          KnownVehicle.class, KnownVehicle::licenseNumber, ScheduleMaintenanceForm::label);
  private LocalTime startTime = LocalTime.of(8, 0);
  private LocalTime endTime = LocalTime.of(10, 0);
  private String description;
  private String selectedVehicleLicenseNumber;

  @PostConstruct
  void newJobId() {
    jobId = UUID.randomUUID();
  }

  /** Suggestions offered for a vehicle. */
  static final int SUGGESTIONS = 10;

  /** View action (first request only): the day. */
  public void load() {
    date = PlanningDates.parse(planningDate, today.date());
  }

  /** The vehicles the workshop knows whose license number starts with what was typed. */
  public List<KnownVehicle> completeVehicle(String typed) {
    return vehicles.offer(() -> workshop.knownVehicles(typed, SUGGESTIONS));
  }

  public Suggestions<KnownVehicle> getVehicles() {
    return vehicles;
  }

  /** Brand, type and license number, as the original listed a vehicle. */
  private static String label(KnownVehicle vehicle) {
    return vehicle.brand() + " " + vehicle.type() + " [" + vehicle.licenseNumber() + "]";
  }

  /** Plans the job and shows its day; a refusal is shown on the form, the input kept. */
  public String register() {
    if (date.isBefore(today.date())) {
      Messages.formError("Unable to register: maintenance can be scheduled today or later only.");
      return null;
    }
    if (!endTime.isAfter(startTime)) {
      Messages.fieldError("EndTime", "The End Time must be later than the Start Time.");
      return null;
    }
    try {
      KnownVehicle vehicle = workshop.knownVehicle(selectedVehicleLicenseNumber);
      KnownCustomer owner = workshop.knownCustomer(vehicle.ownerId());
      workshop.plan(
          date,
          new PlanMaintenanceJob(
              jobId,
              date.atTime(startTime),
              date.atTime(endTime),
              new CustomerInfo(owner.customerId(), owner.name(), owner.telephoneNumber()),
              new VehicleInfo(vehicle.licenseNumber(), vehicle.brand(), vehicle.type()),
              description));
    } catch (ApiException.NotFound notKnownYet) {
      Messages.formError(
          "Unable to register: the workshop does not know this vehicle or its owner yet. "
              + "Try again in a moment.");
      return null;
    } catch (ApiException.Rejected rejected) {
      Messages.rejected("Unable to register: ", rejected, INPUTS);
      return null;
    } catch (RuntimeException failure) {
      Messages.offline("Unable to register: ", Module.WORKSHOP, failure);
      return null;
    }
    Messages.afterRedirect("Maintenance job '" + description + "' is scheduled.");
    return "/workshop/index.xhtml?faces-redirect=true&planningDate=" + date;
  }

  public String getPlanningDate() {
    return planningDate;
  }

  public void setPlanningDate(String planningDate) {
    this.planningDate = planningDate;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getShownDate() {
    return PlanningDates.SHOWN.format(date);
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSelectedVehicleLicenseNumber() {
    return selectedVehicleLicenseNumber;
  }

  public void setSelectedVehicleLicenseNumber(String selectedVehicleLicenseNumber) {
    this.selectedVehicleLicenseNumber = selectedVehicleLicenseNumber;
  }
}
