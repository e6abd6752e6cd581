package nl.pitstop.support.outbox;

import nl.pitstop.messages.IntegrationEvent;

/**
 * The application layer's port for integration events: an event added here is published if, and
 * only if, the current transaction commits.
 */
public interface EventOutbox {

  void add(IntegrationEvent event);
}
