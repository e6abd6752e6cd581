package nl.pitstop.workshop.domain;

import java.util.UUID;

/** A command about a job the planning does not hold (answered 404). */
public class MaintenanceJobNotFoundException extends RuntimeException {

  public MaintenanceJobNotFoundException(UUID jobId) {
    super("Maintenance job with id " + jobId + " not found.");
  }
}
