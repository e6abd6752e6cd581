package nl.pitstop.handlers.invoicing.application;

import java.util.UUID;

/** A message finishes a maintenance job that invoicing does not (yet) know. */
public class UnknownMaintenanceJobException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownMaintenanceJobException(UUID jobId, String messageId) {
    super(
        "Maintenance job "
            + jobId
            + " is not known to invoicing (yet); message "
            + messageId
            + " is rolled back for redelivery.");
  }
}
