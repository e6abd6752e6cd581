package nl.pitstop.vehicle.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.VehicleRegistered;
import nl.pitstop.vehicle.domain.InvalidLicenseNumberException;
import nl.pitstop.vehicle.domain.LicenseNumber;
import nl.pitstop.vehicle.domain.Vehicle;
import nl.pitstop.vehicle.domain.VehicleAlreadyRegisteredException;
import nl.pitstop.vehicle.domain.VehicleRepository;
import org.junit.jupiter.api.Test;

class VehicleServiceTest {

  final Map<String, Vehicle> stored = new TreeMap<>();
  final List<IntegrationEvent> outbox = new ArrayList<>();

  final VehicleRepository repository =
      new VehicleRepository() {
        @Override
        public void add(Vehicle vehicle) {
          if (stored.putIfAbsent(vehicle.licenseNumber(), vehicle) != null) {
            throw new VehicleAlreadyRegisteredException(vehicle.licenseNumber());
          }
        }

        @Override
        public Optional<Vehicle> find(LicenseNumber licenseNumber) {
          return Optional.ofNullable(stored.get(licenseNumber.value()));
        }

        @Override
        public Page search(List<String> words, String ownerId, int offset, int limit) {
          List<Vehicle> owned =
              stored.values().stream()
                  .filter(v -> ownerId == null || v.ownerId().equals(ownerId))
                  .toList();
          return new Page(owned.stream().skip(offset).limit(limit).toList(), owned.size());
        }
      };

  final VehicleService service = new VehicleService(repository, outbox::add);

  static RegisterVehicle command(String licenseNumber) {
    return new RegisterVehicle(licenseNumber, " Volkswagen ", "Tiguan", "c1");
  }

  @Test
  void registeringStoresTheVehicleAndItsEvent() {
    Vehicle vehicle = service.register(command("AB-12-CD"));

    assertEquals("Volkswagen", vehicle.brand(), "values are stored stripped");
    assertEquals(Optional.of(vehicle), service.find("AB-12-CD"));
    assertEquals(1, outbox.size());
    VehicleRegistered event = (VehicleRegistered) outbox.get(0);
    assertEquals("AB-12-CD", event.licenseNumber());
    assertEquals("Volkswagen", event.brand());
    assertEquals("Tiguan", event.type());
    assertEquals("c1", event.ownerId());
    assertEquals("AB-12-CD", event.aggregateId());
  }

  @Test
  void theLicenseNumberIsStoredAndPublishedInUpperCaseAndFoundInAnyCase() {
    Vehicle vehicle = service.register(command(" ab-12-cd "));

    assertEquals("AB-12-CD", vehicle.licenseNumber());
    assertEquals("AB-12-CD", ((VehicleRegistered) outbox.get(0)).licenseNumber());
    assertEquals(Optional.of(vehicle), service.find("aB-12-cD"));
  }

  @Test
  void licenseNumbersThatDifferOnlyInCaseAreTheSameVehicle() {
    service.register(command("AB-12-CD"));

    assertThrows(
        VehicleAlreadyRegisteredException.class, () -> service.register(command("ab-12-cd")));
    assertEquals(1, outbox.size(), "a rejected registration publishes nothing");
  }

  @Test
  void anInvalidLicenseNumberIsRejectedAndPublishesNothing() {
    assertThrows(InvalidLicenseNumberException.class, () -> service.register(command("123456")));
    assertTrue(stored.isEmpty());
    assertTrue(outbox.isEmpty());
  }

  @Test
  void aMalformedLicenseNumberFindsNothing() {
    service.register(command("AB-12-CD"));

    assertEquals(Optional.empty(), service.find("AB-12-CD-EF"));
    assertEquals(Optional.empty(), service.find(" "));
  }

  @Test
  void answersAPageOfTheVehiclesAndHowManyThereAre() {
    service.register(command("XX-1-A"));
    service.register(command("AA-1-B"));
    service.register(command("MM-1-C"));

    VehicleRepository.Page page = service.search(List.of(), "c1", 1, 1);
    assertEquals(List.of("MM-1-C"), page.vehicles().stream().map(Vehicle::licenseNumber).toList());
    assertEquals(3, page.total());
    assertEquals(0, service.search(List.of(), "c2", 0, 10).total());
  }

  @Test
  void everyEventHasItsOwnMessageId() {
    service.register(command("A-1-B"));
    service.register(command("A-1-C"));

    assertNotEquals(outbox.get(0).messageId(), outbox.get(1).messageId());
  }
}
