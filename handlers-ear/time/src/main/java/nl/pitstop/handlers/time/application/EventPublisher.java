package nl.pitstop.handlers.time.application;

import nl.pitstop.messages.IntegrationEvent;

/** Publishes an event to the events topic as part of the caller's transaction. */
public interface EventPublisher {

  void publish(IntegrationEvent event);
}
