package nl.pitstop.support.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists answered in pages (docs/adr/0019): {@code page} (from 0) and {@code size} (at most {@link
 * #MAX_SIZE}, {@link #DEFAULT_SIZE} when not given), the number of matches in {@code
 * X-Total-Count}, and the neighbouring pages in a {@code Link} header ({@code rel="next"}, {@code
 * rel="prev"}). A call without {@code page} and {@code size} answers the first page.
 */
public final class Pages {

  public static final String TOTAL_COUNT = "X-Total-Count";

  /** Says that {@link #TOTAL_COUNT} is a lower bound: the search found more (docs/adr/0019). */
  public static final String TOTAL_CAPPED = "Pitstop-Total-Capped";

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;
  public static final int MAX_PAGE = 1_000_000;

  private Pages() {}

  /** An answer with one page of items, the total and the links to the pages beside it. */
  public static Response of(List<?> items, long total, PageParameters parameters, UriInfo uri) {
    return of(items, total, false, parameters, uri);
  }

  /**
   * An answer with one page of items, the total (at least that many when {@code capped}, and said
   * so in {@link #TOTAL_CAPPED}) and the links to the pages beside it; past a capped total, a full
   * page has a next one.
   */
  public static Response of(
      List<?> items, long total, boolean capped, PageParameters parameters, UriInfo uri) {
    int page = parameters.page();
    int size = parameters.size();
    List<Link> links = new ArrayList<>();
    if ((long) (page + 1) * size < total || (capped && items.size() == size)) {
      links.add(link(uri, page + 1, size, "next"));
    }
    if (page > 0) {
      int last = capped ? page - 1 : (int) Math.max(0, (total - 1) / size);
      links.add(link(uri, Math.min(page - 1, last), size, "prev"));
    }
    Response.ResponseBuilder answer =
        Response.ok(items).header(TOTAL_COUNT, total).links(links.toArray(Link[]::new));
    return (capped ? answer.header(TOTAL_CAPPED, true) : answer).build();
  }

  private static Link link(UriInfo uri, int page, int size, String rel) {
    return Link.fromUriBuilder(
            uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size))
        .rel(rel)
        .build();
  }
}
