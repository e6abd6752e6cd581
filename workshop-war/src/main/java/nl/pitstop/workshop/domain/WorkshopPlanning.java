package nl.pitstop.workshop.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.MaintenanceJobFinished;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.MaintenanceJobPlanned;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.WorkshopPlanningCreated;

/**
 * The workshop planning of one calendar day: the aggregate root, event-sourced.
 *
 * <p>Commands check the rules against the current state and raise events; the state changes only by
 * applying events, the same way when a command raises them and when the planning is loaded from its
 * history. {@link #version()} counts the events applied; {@link #originalVersion()} is the version
 * it was loaded at, which the event store checks when appending (optimistic concurrency).
 */
public final class WorkshopPlanning {

  /** How many jobs may run at the same time: the workshop's workstations. */
  public static final int AVAILABLE_WORKSTATIONS = 3;

  private final LocalDate date;
  private final List<MaintenanceJob> jobs = new ArrayList<>();
  private final List<WorkshopPlanningEvent> pendingEvents = new ArrayList<>();
  private int originalVersion;
  private int version;

  private WorkshopPlanning(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  /** Starts the planning of a day. */
  public static WorkshopPlanning create(LocalDate date) {
    WorkshopPlanning planning = new WorkshopPlanning(date);
    planning.raise(new WorkshopPlanningCreated(date));
    return planning;
  }

  /** Rebuilds a planning from its whole history, oldest event first. */
  public static WorkshopPlanning replay(
      LocalDate date, List<? extends WorkshopPlanningEvent> history) {
    WorkshopPlanning planning = new WorkshopPlanning(date);
    history.forEach(planning::apply);
    planning.originalVersion = planning.version;
    return planning;
  }

  /** Rebuilds a planning from a snapshot and the events recorded after it. */
  public static WorkshopPlanning restore(
      WorkshopPlanningSnapshot snapshot, List<? extends WorkshopPlanningEvent> eventsAfter) {
    WorkshopPlanning planning = new WorkshopPlanning(snapshot.date());
    planning.jobs.addAll(snapshot.jobs());
    planning.version = snapshot.version();
    eventsAfter.forEach(planning::apply);
    planning.originalVersion = planning.version;
    return planning;
  }

  /**
   * Plans a job, checking in this order: the timeslot (start before end), the license number, the
   * job within one day (R1), on this planning's day, a new job id, at most {@value
   * #AVAILABLE_WORKSTATIONS} jobs overlapping it (R2) and no overlapping job for its vehicle (R3).
   *
   * @throws InvalidValueException for a value that can never be valid here
   * @throws BusinessRuleViolationException for a rule the current planning breaks
   */
  public void planMaintenanceJob(
      UUID jobId,
      LocalDateTime startTime,
      LocalDateTime endTime,
      Customer customer,
      VehicleInfo vehicle,
      String description) {
    Timeslot slot = new Timeslot(startTime, endTime);
    LicenseNumber licenseNumber = new LicenseNumber(vehicle.licenseNumber());
    if (!slot.isWithinOneDay()) {
      throw new BusinessRuleViolationException(
          "Start-time and end-time of a Maintenance Job must be within a 1 day.");
    }
    if (!startTime.toLocalDate().equals(date)) {
      throw new InvalidValueException(
          "The maintenance job must be planned on the day of this planning (" + date + ").");
    }
    if (job(jobId).isPresent()) {
      throw new BusinessRuleViolationException(
          "A maintenance job with id " + jobId + " is already planned.");
    }
    if (jobs.stream().filter(job -> job.plannedTimeslot().overlapsWith(slot)).count()
        >= AVAILABLE_WORKSTATIONS) {
      throw new BusinessRuleViolationException(
          "Maintenancejob overlaps with more than " + AVAILABLE_WORKSTATIONS + " other jobs.");
    }
    if (jobs.stream()
        .anyMatch(
            job ->
                job.vehicle().licenseNumber().equals(licenseNumber)
                    && job.plannedTimeslot().overlapsWith(slot))) {
      throw new BusinessRuleViolationException(
          "Only 1 maintenance job can be executed on a vehicle during a certain time-slot.");
    }
    raise(
        new MaintenanceJobPlanned(
            jobId,
            startTime,
            endTime,
            customer,
            new VehicleInfo(licenseNumber.value(), vehicle.brand(), vehicle.type()),
            description));
  }

  /**
   * Finishes a planned job with its actual times and the mechanic's notes.
   *
   * @throws MaintenanceJobNotFoundException when the planning has no such job
   * @throws BusinessRuleViolationException when the job was finished before
   * @throws InvalidValueException when the actual start is not before the actual end
   */
  public void finishMaintenanceJob(
      UUID jobId, LocalDateTime startTime, LocalDateTime endTime, String notes) {
    MaintenanceJob job = job(jobId).orElseThrow(() -> new MaintenanceJobNotFoundException(jobId));
    if (job.isCompleted()) {
      throw new BusinessRuleViolationException("An already finished job can not be finished.");
    }
    new Timeslot(startTime, endTime);
    raise(new MaintenanceJobFinished(jobId, startTime, endTime, notes));
  }

  private void raise(WorkshopPlanningEvent event) {
    apply(event);
    pendingEvents.add(event);
  }

  private void apply(WorkshopPlanningEvent event) {
    if (event instanceof MaintenanceJobPlanned planned) {
      jobs.add(
          MaintenanceJob.plan(
              planned.jobId(),
              new Timeslot(planned.startTime(), planned.endTime()),
              planned.customer(),
              new Vehicle(
                  new LicenseNumber(planned.vehicle().licenseNumber()),
                  planned.vehicle().brand(),
                  planned.vehicle().type(),
                  planned.customer().customerId()),
              planned.description()));
    } else if (event instanceof MaintenanceJobFinished finished) {
      int index = indexOf(finished.jobId());
      jobs.set(
          index,
          jobs.get(index)
              .finish(new Timeslot(finished.startTime(), finished.endTime()), finished.notes()));
    } else if (!(event instanceof WorkshopPlanningCreated)) {
      throw new IllegalArgumentException("Not an event of a workshop planning: " + event);
    }
    version++;
  }

  private int indexOf(UUID jobId) {
    for (int i = 0; i < jobs.size(); i++) {
      if (jobs.get(i).jobId().equals(jobId)) {
        return i;
      }
    }
    throw new IllegalStateException("History finishes unknown job " + jobId);
  }

  /** The planning's id: its day as {@code yyyy-MM-dd}. */
  public String id() {
    return date.toString();
  }

  public LocalDate date() {
    return date;
  }

  /** The jobs in the order they were planned. */
  public List<MaintenanceJob> jobs() {
    return Collections.unmodifiableList(jobs);
  }

  public Optional<MaintenanceJob> job(UUID jobId) {
    return jobs.stream().filter(job -> job.jobId().equals(jobId)).findFirst();
  }

  /** The number of events applied, including those not yet stored. */
  public int version() {
    return version;
  }

  /** The version the planning had when it was loaded (0 for a new one). */
  public int originalVersion() {
    return originalVersion;
  }

  /** The events raised since the planning was loaded, oldest first, not yet stored. */
  public List<WorkshopPlanningEvent> pendingEvents() {
    return List.copyOf(pendingEvents);
  }

  /** The state as it is now, to store as a snapshot once the pending events are stored. */
  public WorkshopPlanningSnapshot snapshot() {
    return new WorkshopPlanningSnapshot(date, version, List.copyOf(jobs));
  }
}
