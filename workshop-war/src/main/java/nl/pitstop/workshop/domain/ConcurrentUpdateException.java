package nl.pitstop.workshop.domain;

/** The planning changed since it was loaded: the command must be retried on the fresh state. */
public class ConcurrentUpdateException extends RuntimeException {

  public ConcurrentUpdateException(String planningId, int expectedVersion) {
    super(
        "The workshop planning of "
            + planningId
            + " was changed by someone else (expected version "
            + expectedVersion
            + ").");
  }
}
