package nl.pitstop.handlers.handling;

import java.time.Clock;

/**
 * The opening of every handler's {@code handle}: a message whose id was handled before is skipped,
 * a new one is recorded in the transaction that applies it. The broker may deliver a message more
 * than once (a crash between the handler's commit and its acknowledgement, a relay that sent it
 * again); it is applied once.
 */
public final class HandledOnce {

  private HandledOnce() {}

  /**
   * Records the delivery as handled, unless its message was handled before.
   *
   * @return whether the message is new, and the caller applies it
   */
  public static boolean record(ProcessedMessages processed, Delivery delivery, Clock clock) {
    if (processed.handled(delivery.messageId())) {
      return false;
    }
    processed.add(new ProcessedMessage(delivery, clock.instant()));
    return true;
  }
}
