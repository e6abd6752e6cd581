package nl.pitstop.webapp.client;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One page of a list an API answers in pages, and how many items are on all its pages ({@code
 * X-Total-Count}): exactly, or at least that many when {@code capped} ({@code
 * Pitstop-Total-Capped}, a search that most items match).
 */
public record Paged<T>(List<T> items, long total, boolean capped) {

  public static final String TOTAL_COUNT = "X-Total-Count";
  public static final String TOTAL_CAPPED = "Pitstop-Total-Capped";

  /** Reads a page from an API's answer, and closes it. */
  public static <T> Paged<T> of(Response response, GenericType<List<T>> type) {
    try (response) {
      List<T> items = response.readEntity(type);
      String total = response.getHeaderString(TOTAL_COUNT);
      return new Paged<>(
          items,
          total == null ? items.size() : Long.parseLong(total),
          "true".equals(response.getHeaderString(TOTAL_CAPPED)));
    }
  }
}
