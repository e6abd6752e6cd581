package nl.pitstop.handlers.auditlog.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which audit log entries to find; every part is optional.
 *
 * @param types the message types, any of them; empty for every type
 * @param aggregateId the aggregate the events are about
 * @param from the earliest event time, inclusive
 * @param to the latest event time, exclusive
 */
public record AuditQuery(
    Set<String> types, Optional<String> aggregateId, Optional<Instant> from, Optional<Instant> to) {

  public AuditQuery {
    types = Set.copyOf(types);
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /** Every entry. */
  public static AuditQuery all() {
    return new AuditQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
