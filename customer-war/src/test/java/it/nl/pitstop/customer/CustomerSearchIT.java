package it.nl.pitstop.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * {@code GET /api/customers} in pages, with a search by words of the name, city or e-mail address
 * (docs/adr/0019): the total in {@code X-Total-Count}, the neighbouring pages in {@code Link}, and
 * 400 for a page, size or search out of bounds.
 */
@MicroShedTest
@SharedContainerConfig(CustomerContainers.class)
class CustomerSearchIT {

  /** A word no other test's customer has, so that the searches below find only these. */
  static final String RUN = "zq" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void threeCustomersOfThisRun() throws InterruptedException {
    Api.awaitReady();
    register("Anna " + RUN + " de Vries", "Utrecht", "anna." + RUN + "@example.com");
    register("Bram " + RUN + "-Jansen", "Den Haag", "bram@" + RUN + ".nl");
    register("Cor 100%_" + RUN, "Zwolle", "cor@example.com");
  }

  static void register(String name, String city, String email) {
    String body =
        """
        {"name": "%s", "address": "Kerkstraat 1", "postalCode": "1234 AB", "city": "%s",
         "telephoneNumber": "+31612345678", "emailAddress": "%s"}
        """
            .formatted(name, city, email);
    HttpResponse<String> created = Api.CUSTOMER.post("api/customers", body);
    assertEquals(201, created.statusCode(), created.body());
  }

  static HttpResponse<String> search(String query) {
    return Api.CUSTOMER.get("api/customers?" + query);
  }

  static List<String> names(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return HttpJson.json(response).asJsonArray().stream()
        .map(c -> ((JsonObject) c).getString("name"))
        .toList();
  }

  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void aSearchFindsByTheStartOfAnyWordOfNameCityOrEmailInAnyCase() {
    assertEquals(
        List.of("Anna " + RUN + " de Vries", "Bram " + RUN + "-Jansen", "Cor 100%_" + RUN),
        names(search("search=" + RUN.toUpperCase())),
        "ordered by name");
    assertEquals(List.of("Bram " + RUN + "-Jansen"), names(search("search=" + RUN + "+jans")));
    assertEquals(List.of("Bram " + RUN + "-Jansen"), names(search("search=" + RUN + "+haag")));
    assertEquals(
        List.of("Anna " + RUN + " de Vries"), names(search("search=anna." + RUN.substring(0, 5))));
    assertEquals(List.of("Bram " + RUN + "-Jansen"), names(search("search=" + RUN + ".nl")));
    assertEquals(List.of(), names(search("search=" + RUN + "+amsterdam")), "every word counts");
  }

  /**
   * A word that starts more terms than are read whole (nl.pitstop.support.search.TermSearch): the
   * customers are then read in name order and each kept when it has the words, and they are counted
   * up to 1,000; a search that finds more says that its total is at least 1,000.
   */
  @Test
  void aCommonWordFindsItsCustomersInNameOrderCountedUpToAThousand() {
    String common = "zc" + UUID.randomUUID().toString().substring(0, 8);
    IntStream.range(0, 1001)
        .parallel()
        .forEach(
            i ->
                register(
                    "Common " + common + " " + i,
                    common + " stad",
                    common + "." + i + "@example.com"));
    HttpResponse<String> first = search("search=" + common + "&size=5");
    assertEquals(
        List.of(
            "Common " + common + " 0",
            "Common " + common + " 1",
            "Common " + common + " 10",
            "Common " + common + " 100",
            "Common " + common + " 1000"),
        names(first));
    assertEquals("1000", first.headers().firstValue("X-Total-Count").orElse(null));
    assertEquals("true", first.headers().firstValue("Pitstop-Total-Capped").orElse(null));

    HttpResponse<String> past = search("search=" + common + "+stad+common&size=200&page=5");
    assertEquals(1, names(past).size(), "three common words: the 1,001st on the sixth page");
    String back = String.join(",", past.headers().allValues("Link"));
    assertTrue(back.contains("page=4") && back.contains("rel=\"prev\""), back);
    HttpResponse<String> full = search("search=" + common + "&size=200&page=4");
    assertTrue(
        String.join(",", full.headers().allValues("Link")).contains("rel=\"next\""),
        "a full page past a capped total has a next one");

    HttpResponse<String> narrowed = search("search=" + common + "+17");
    assertEquals(
        List.of("17", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"),
        names(narrowed).stream().map(name -> name.substring(name.lastIndexOf(' ') + 1)).toList(),
        "a common word with a selective one");
    assertEquals("11", narrowed.headers().firstValue("X-Total-Count").orElse(null));
    assertTrue(narrowed.headers().firstValue("Pitstop-Total-Capped").isEmpty());
  }

  @Test
  void wildcardsAndQuotesInASearchAreText() {
    assertEquals(List.of("Cor 100%_" + RUN), names(search("search=" + encoded("100%_" + RUN))));
    assertEquals(List.of(), names(search("search=" + encoded("%" + RUN))));
    assertEquals(List.of(), names(search("search=" + encoded("_" + RUN.substring(1)))));
    assertEquals(List.of(), names(search("search=" + encoded("' or 1=1 -- " + RUN))));
  }

  @Test
  void pagesCarryTheTotalAndLinksToTheirNeighbours() {
    HttpResponse<String> first = search("search=" + RUN + "&page=0&size=2");
    assertEquals(2, names(first).size());
    assertEquals("3", first.headers().firstValue("X-Total-Count").orElse(null));
    String links = String.join(",", first.headers().allValues("Link"));
    assertTrue(links.contains("page=1") && links.contains("rel=\"next\""), links);
    assertFalse(links.contains("rel=\"prev\""), links);

    HttpResponse<String> second = search("search=" + RUN + "&page=1&size=2");
    assertEquals(List.of("Cor 100%_" + RUN), names(second));
    String back = String.join(",", second.headers().allValues("Link"));
    assertTrue(back.contains("page=0") && back.contains("rel=\"prev\""), back);
    assertFalse(back.contains("rel=\"next\""), back);

    assertEquals(List.of(), names(search("search=" + RUN + "&page=7&size=2")), "past the end");
  }

  @Test
  void theUnpagedCallAnswersTheFirstPageWithTheTotal() {
    for (int i = 0; i < 51; i++) {
      register("Filler " + i, "Zwolle", "filler@example.com");
    }
    HttpResponse<String> unpaged = search("");
    JsonArray customers = HttpJson.json(unpaged).asJsonArray();
    assertEquals(50, customers.size(), "the first page of the default size");
    long total = Long.parseLong(unpaged.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(total >= 54, "X-Total-Count counts every customer: " + total);
    assertTrue(
        String.join(",", unpaged.headers().allValues("Link")).contains("rel=\"next\""),
        unpaged.headers().map().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=-1",
        "page=abc",
        "page=1000001",
        "page=99999999999",
        "size=0",
        "size=201",
        "size=-5",
        "size=ten",
        "size=99999999999",
        "search=a+b+c+d+e+f"
      })
  void aBadPageSizeOrSearchIsABadRequest(String query) {
    HttpResponse<String> response = search(query);
    assertEquals(400, response.statusCode(), query + ": " + response.body());
    assertEquals(400, HttpJson.problem(response).getInt("status"));
  }

  @Test
  void aSearchLongerThanAHundredCharactersIsABadRequest() {
    HttpResponse<String> response = search("search=" + "x".repeat(101));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(HttpJson.problem(response).toString().contains("100 characters"), response.body());
  }
}
