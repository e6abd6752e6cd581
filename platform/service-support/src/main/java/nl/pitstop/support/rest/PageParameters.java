package nl.pitstop.support.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of a paged list (docs/adr/0019), for {@code @Valid @BeanParam}: {@code page}
 * (from 0) and {@code size} (1 to {@link Pages#MAX_SIZE}, default {@link Pages#DEFAULT_SIZE}). A
 * value out of bounds, or one that is no number, answers 400.
 */
public class PageParameters {

  @Parameter(description = "The page, from 0")
  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "page may not be negative")
  @Max(value = Pages.MAX_PAGE, message = "page may be at most " + Pages.MAX_PAGE)
  int page;

  @Parameter(description = "Items per page, 1 to " + Pages.MAX_SIZE)
  @QueryParam("size")
  @DefaultValue("" + Pages.DEFAULT_SIZE)
  @Min(value = 1, message = "size must be at least 1")
  @Max(value = Pages.MAX_SIZE, message = "size may be at most " + Pages.MAX_SIZE)
  int size;

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  /** The offset of the page's first item. */
  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
