package nl.pitstop.messages;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Maps integration events to and from their JSON wire form.
 *
 * <p>The JSON is the record's components in camelCase, with {@code messageType} added as the first
 * member so that a stored or logged event is self-describing.
 */
public final class EventCodec {

  /** Every event {@link IntegrationEvent} permits, by its type name. */
  private static final Map<String, Class<? extends IntegrationEvent>> TYPES =
      Stream.of(IntegrationEvent.class.getPermittedSubclasses())
          .collect(
              Collectors.toUnmodifiableMap(
                  Class::getSimpleName, type -> type.asSubclass(IntegrationEvent.class)));

  private static final Jsonb JSONB = JsonbBuilder.create();

  private EventCodec() {}

  /** The JSON of the event. */
  public static String toJson(IntegrationEvent event) {
    JsonObject body = Json.createReader(new StringReader(JSONB.toJson(event))).readObject();
    JsonObjectBuilder json = Json.createObjectBuilder().add("messageType", event.messageType());
    body.forEach(json::add);
    return json.build().toString();
  }

  /** The event class for a type name, if the name is one of ours. */
  public static Optional<Class<? extends IntegrationEvent>> typeOf(String messageType) {
    return Optional.ofNullable(messageType).map(TYPES::get);
  }

  /**
   * Reads an event of the given type name from its JSON.
   *
   * @throws IllegalArgumentException when the type is unknown or the JSON does not fit it
   */
  public static IntegrationEvent fromJson(String messageType, String json) {
    Class<? extends IntegrationEvent> type =
        typeOf(messageType)
            .orElseThrow(() -> new IllegalArgumentException("Unknown message type " + messageType));
    return fromJson(type, json);
  }

  /** Reads an event of a known class from its JSON. */
  public static <E extends IntegrationEvent> E fromJson(Class<E> type, String json) {
    try {
      E event = JSONB.fromJson(json, type);
      if (event == null || event.messageId() == null) {
        throw new IllegalArgumentException(type.getSimpleName() + " without messageId");
      }
      return event;
    } catch (JsonbException e) {
      throw new IllegalArgumentException(
          "Not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
