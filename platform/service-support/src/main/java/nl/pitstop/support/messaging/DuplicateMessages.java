package nl.pitstop.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and logs the messages a handler dropped because it had handled them before: a message
 * redelivered after a crash between the handler's commit and the acknowledgement, or a copy that
 * got past the broker's duplicate detection (docs/adr/0007, docs/adr/0014).
 */
@ApplicationScoped
public class DuplicateMessages {

  /** Messages a handler dropped as handled before, by handler. */
  public static final String METRIC = "pitstop.messages.duplicate";

  private static final Logger LOG = Logger.getLogger(DuplicateMessages.class.getName());

  private static final Metadata DUPLICATE =
      Metadata.builder()
          .withName(METRIC)
          .withDescription("Messages a handler dropped because it had handled them before")
          .build();

  @Inject MetricRegistry metrics;

  /** Records that the handler dropped the message. */
  public void dropped(String handler, String messageId, String messageType) {
    metrics.counter(DUPLICATE, new Tag("handler", handler)).inc();
    LOG.info(
        () ->
            "Duplicate dropped by "
                + handler
                + ": "
                + messageType
                + " "
                + messageId
                + " was handled before");
  }
}
