package nl.pitstop.webapp.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.GenericType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.Paged;
import nl.pitstop.webapp.client.WorkshopApi;
import nl.pitstop.webapp.client.WorkshopApi.FinishMaintenanceJob;
import nl.pitstop.webapp.client.WorkshopApi.KnownCustomer;
import nl.pitstop.webapp.client.WorkshopApi.KnownVehicle;
import nl.pitstop.webapp.client.WorkshopApi.MaintenanceJob;
import nl.pitstop.webapp.client.WorkshopApi.PlanMaintenanceJob;
import nl.pitstop.webapp.support.Api;
import nl.pitstop.webapp.support.ApiCalls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The workshop API, called fault-tolerantly. */
@ApplicationScoped
public class Workshop {

  @Inject @RestClient WorkshopApi api;
  @Inject ApiCalls calls;

  /** The day's jobs by start time; none when nothing was ever planned that day. */
  public List<MaintenanceJob> jobsOn(LocalDate date) {
    try {
      return calls.read(Api.WORKSHOP, () -> api.planning(date)).jobs().stream()
          .sorted(Comparator.comparing(MaintenanceJob::startTime))
          .toList();
    } catch (ApiException.NotFound noPlanning) {
      return List.of();
    }
  }

  /** The job, or {@code ApiException.NotFound}. */
  public MaintenanceJob job(LocalDate date, UUID jobId) {
    return calls.read(Api.WORKSHOP, () -> api.job(date, jobId));
  }

  private static final GenericType<List<KnownVehicle>> KNOWN_VEHICLES = new GenericType<>() {};

  /** The first vehicles the workshop knows whose license number starts with the prefix. */
  public List<KnownVehicle> knownVehicles(String prefix, int size) {
    return calls.read(
        Api.WORKSHOP, () -> Paged.of(api.knownVehicles(prefix, 0, size), KNOWN_VEHICLES).items());
  }

  /** The vehicle as the workshop knows it, or {@code ApiException.NotFound}. */
  public KnownVehicle knownVehicle(String licenseNumber) {
    return calls.read(Api.WORKSHOP, () -> api.knownVehicle(licenseNumber));
  }

  /** The customer as the workshop knows it, or {@code ApiException.NotFound}. */
  public KnownCustomer knownCustomer(String customerId) {
    return calls.read(Api.WORKSHOP, () -> api.knownCustomer(customerId));
  }

  public void plan(LocalDate date, PlanMaintenanceJob command) {
    calls.write(Api.WORKSHOP, () -> api.plan(date, command));
  }

  public void finish(LocalDate date, UUID jobId, FinishMaintenanceJob command) {
    calls.write(Api.WORKSHOP, () -> api.finish(date, jobId, command));
  }
}
