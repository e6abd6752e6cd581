package it.nl.pitstop.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * {@code GET /api/vehicles} in pages, with a search by words of the license number, brand or type
 * and a filter by owner (docs/adr/0019), and 400 for parameters out of bounds.
 */
@MicroShedTest
@SharedContainerConfig(VehicleContainers.class)
class VehicleSearchIT {

  static final String RUN = "zq" + UUID.randomUUID().toString().substring(0, 8);
  static final String OWNER = "owner-" + RUN;
  static final String GOLF = Api.newLicenseNumber();
  static final String POLO = Api.newLicenseNumber();
  static final String OTHER = Api.newLicenseNumber();

  @BeforeAll
  static void vehiclesOfThisRun() throws InterruptedException {
    Api.awaitReady();
    register(GOLF, "Volkswagen " + RUN, "Golf GTI", OWNER);
    register(POLO, "Volkswagen " + RUN, "Polo", OWNER);
    register(OTHER, "Fiat_" + RUN, "Panda", "someone-else");
  }

  static void register(String plate, String brand, String type, String owner) {
    String body =
        """
        {"licenseNumber": "%s", "brand": "%s", "type": "%s", "ownerId": "%s"}
        """
            .formatted(plate, brand, type, owner);
    HttpResponse<String> created = Api.VEHICLE.post("api/vehicles", body);
    assertEquals(201, created.statusCode(), created.body());
  }

  static List<String> plates(String query) {
    HttpResponse<String> response = Api.VEHICLE.get("api/vehicles?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return HttpJson.json(response).asJsonArray().stream()
        .map(v -> ((JsonObject) v).getString("licenseNumber"))
        .toList();
  }

  static List<String> sorted(String... plates) {
    return List.of(plates).stream().sorted().toList();
  }

  @Test
  void aSearchFindsByLicenseNumberBrandOrTypeAndTheOwnerFilters() {
    assertEquals(sorted(GOLF, POLO, OTHER), plates("search=" + RUN), "by license number");
    assertEquals(List.of(GOLF), plates("search=" + GOLF.substring(0, 5).toLowerCase()));
    assertEquals(List.of(GOLF), plates("search=" + RUN + "+gti"));
    assertEquals(List.of(POLO), plates("search=" + RUN + "+POLO"));
    assertEquals(sorted(GOLF, POLO), plates("search=" + RUN + "&ownerId=" + OWNER));
    assertEquals(sorted(GOLF, POLO), plates("ownerId=" + OWNER));
    assertEquals(List.of(), plates("search=panda&ownerId=" + OWNER), "both count");
    assertEquals(List.of(OTHER), plates("search=fiat_" + RUN));
    assertEquals(List.of(), plates("search=fiat%25" + RUN.substring(1)), "% is text");
  }

  @Test
  void pagesCarryTheTotal() {
    HttpResponse<String> page = Api.VEHICLE.get("api/vehicles?ownerId=" + OWNER + "&size=1");
    assertEquals(1, HttpJson.json(page).asJsonArray().size());
    assertEquals("2", page.headers().firstValue("X-Total-Count").orElse(null));
    assertTrue(String.join(",", page.headers().allValues("Link")).contains("rel=\"next\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=-1", "page=x", "size=0", "size=201", "search=1+2+3+4+5+6"})
  void aBadPageSizeOrSearchIsABadRequest(String query) {
    HttpResponse<String> response = Api.VEHICLE.get("api/vehicles?" + query);
    assertEquals(400, response.statusCode(), query + ": " + response.body());
    assertEquals(400, HttpJson.problem(response).getInt("status"));
  }

  @Test
  void anOwnerIdLongerThanAnyIsABadRequest() {
    HttpResponse<String> response = Api.VEHICLE.get("api/vehicles?ownerId=" + "o".repeat(51));
    assertEquals(400, response.statusCode(), response.body());
  }
}
