package nl.pitstop.customer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pitstop.customer.domain.Customer;
import nl.pitstop.customer.domain.CustomerAlreadyRegisteredException;
import nl.pitstop.customer.domain.CustomerRepository;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.IntegrationEvent;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

  final Map<String, Customer> stored = new LinkedHashMap<>();
  final List<IntegrationEvent> outbox = new ArrayList<>();

  final CustomerRepository repository =
      new CustomerRepository() {
        @Override
        public void add(Customer customer) {
          if (stored.putIfAbsent(customer.customerId(), customer) != null) {
            throw new CustomerAlreadyRegisteredException(customer.customerId());
          }
        }

        @Override
        public Optional<Customer> find(String customerId) {
          return Optional.ofNullable(stored.get(customerId));
        }

        @Override
        public Page search(List<String> words, int offset, int limit) {
          return new Page(
              stored.values().stream()
                  .sorted(Comparator.comparing(Customer::name))
                  .skip(offset)
                  .limit(limit)
                  .toList(),
              stored.size());
        }
      };

  final CustomerService service = new CustomerService(repository, outbox::add);

  static RegisterCustomer command(String id) {
    return new RegisterCustomer(
        id,
        " Jan Jansen ",
        "Kerkstraat 1",
        "1234 AB",
        "Amsterdam",
        "+31612345678",
        "jan@example.com");
  }

  @Test
  void registeringStoresTheCustomerAndItsEvent() {
    Customer customer = service.register(command("c1"));

    assertEquals("Jan Jansen", customer.name(), "values are stored stripped");
    assertEquals(Optional.of(customer), service.find("c1"));
    assertEquals(1, outbox.size());
    CustomerRegistered event = (CustomerRegistered) outbox.get(0);
    assertEquals("c1", event.customerId());
    assertEquals("Jan Jansen", event.name());
    assertEquals("Kerkstraat 1", event.address());
    assertEquals("1234 AB", event.postalCode());
    assertEquals("Amsterdam", event.city());
    assertEquals("+31612345678", event.telephoneNumber());
    assertEquals("jan@example.com", event.emailAddress());
    assertEquals("c1", event.aggregateId());
  }

  @Test
  void withoutAnIdTheServiceChoosesA32DigitHexId() {
    Customer customer = service.register(command(null));

    assertTrue(customer.customerId().matches("[0-9a-f]{32}"), customer.customerId());
    assertEquals(customer.customerId(), ((CustomerRegistered) outbox.get(0)).customerId());
  }

  @Test
  void aDuplicateIdIsRejectedAndPublishesNothing() {
    service.register(command("c1"));

    assertThrows(CustomerAlreadyRegisteredException.class, () -> service.register(command("c1")));
    assertEquals(1, outbox.size());
  }

  @Test
  void everyEventHasItsOwnMessageId() {
    service.register(command("a"));
    service.register(command("b"));

    assertTrue(!outbox.get(0).messageId().equals(outbox.get(1).messageId()));
  }
}
