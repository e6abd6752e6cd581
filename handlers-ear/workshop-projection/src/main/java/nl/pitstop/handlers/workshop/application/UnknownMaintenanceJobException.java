package nl.pitstop.handlers.workshop.application;

import java.util.UUID;

/** A message refers to a maintenance job the read model does not (yet) have. */
public class UnknownMaintenanceJobException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownMaintenanceJobException(UUID jobId, String messageId) {
    super(
        "Maintenance job "
            + jobId
            + " is not in the read model (yet); message "
            + messageId
            + " is rolled back for redelivery.");
  }
}
