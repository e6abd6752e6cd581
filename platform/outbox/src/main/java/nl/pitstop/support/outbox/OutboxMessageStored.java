package nl.pitstop.support.outbox;

import java.util.UUID;

/** Fired (in-process) when an event was written to the outbox; the relay reacts after commit. */
public record OutboxMessageStored(UUID messageId) {}
