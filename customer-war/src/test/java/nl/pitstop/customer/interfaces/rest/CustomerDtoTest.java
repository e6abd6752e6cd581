package nl.pitstop.customer.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import nl.pitstop.customer.domain.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The customer as each API version shows it, and as JSON-B (default configuration) writes it. */
class CustomerDtoTest {

  static final Jsonb JSONB = JsonbBuilder.create();

  static final Customer AMSTERDAM =
      new Customer("c1", "Jan", "Kerkstraat 1", "1234 AB", "Amsterdam", "+316", "jan@example.com");
  static final Customer ROTTERDAM =
      new Customer("c2", "Piet", "Coolsingel 1", "3011 AD", "Rotterdam", "+316", "p@example.com");

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  static JsonObject json(CustomerDto dto) {
    try (var reader = Json.createReader(new StringReader(JSONB.toJson(dto)))) {
      return reader.readObject();
    }
  }

  @Test
  void versionOneHasNoLoyaltyLevel() {
    assertNull(CustomerDto.of(AMSTERDAM, ApiVersion.V1).loyaltyLevel());
  }

  @Test
  void versionTwoHasTheLoyaltyLevelOfTheCity() {
    assertEquals(3, CustomerDto.of(AMSTERDAM, ApiVersion.V2).loyaltyLevel());
    assertEquals(1, CustomerDto.of(ROTTERDAM, ApiVersion.V2).loyaltyLevel());
  }

  @Test
  void bothVersionsShowTheStoredValues() {
    CustomerDto dto = CustomerDto.of(AMSTERDAM, ApiVersion.V2);

    assertEquals(
        List.of("c1", "Jan", "Kerkstraat 1", "1234 AB", "Amsterdam", "+316", "jan@example.com"),
        List.of(
            dto.customerId(),
            dto.name(),
            dto.address(),
            dto.postalCode(),
            dto.city(),
            dto.telephoneNumber(),
            dto.emailAddress()));
  }

  @Test
  void versionOneJsonHasNoLoyaltyLevelKeyAtAll() {
    JsonObject json = json(CustomerDto.of(AMSTERDAM, ApiVersion.V1));

    assertFalse(json.containsKey("loyaltyLevel"), json.toString());
    assertEquals(
        List.of(
            "address",
            "city",
            "customerId",
            "emailAddress",
            "name",
            "postalCode",
            "telephoneNumber"),
        json.keySet().stream().sorted().toList());
  }

  @Test
  void versionTwoJsonHasTheLoyaltyLevelAsANumber() {
    JsonObject gold = json(CustomerDto.of(AMSTERDAM, ApiVersion.V2));
    JsonObject bronze = json(CustomerDto.of(ROTTERDAM, ApiVersion.V2));

    assertEquals(3, gold.getInt("loyaltyLevel"));
    assertEquals(1, bronze.getInt("loyaltyLevel"));
    assertEquals(8, gold.size(), gold.toString());
  }
}
