package nl.pitstop.handlers.handling;

/**
 * The messages a handler has handled, in its own database and in the caller's transaction. Each
 * handler's store is one; {@link JpaProcessedMessages} is how their JPA stores do it.
 */
public interface ProcessedMessages {

  /** Whether a message with this id was handled before. */
  boolean handled(String messageId);

  void add(ProcessedMessage message);
}
