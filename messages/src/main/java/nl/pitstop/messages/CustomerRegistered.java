package nl.pitstop.messages;

import java.util.UUID;

/** A customer was registered by the customer management service. */
public record CustomerRegistered(
    UUID messageId,
    String customerId,
    String name,
    String address,
    String postalCode,
    String city,
    String telephoneNumber,
    String emailAddress)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return customerId;
  }
}
