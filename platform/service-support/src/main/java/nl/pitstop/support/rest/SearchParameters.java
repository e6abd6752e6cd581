package nl.pitstop.support.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.pitstop.support.search.SearchTerms;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of a paged list with a search (docs/adr/0019): {@link PageParameters} and
 * {@code search}, words (see {@link SearchTerms}). A search too long or with too many words answers
 * 400.
 */
public class SearchParameters extends PageParameters {

  @Parameter(
      description =
          "Words (at most 5, 100 characters in all), each the start of a word of the searched"
              + " fields or of the whole of one, in any case")
  @QueryParam("search")
  String search;

  /**
   * The search's words; none without a search.
   *
   * @throws BadRequestException (400, a problem) for a search too long or with too many words
   */
  public List<String> words() {
    try {
      return SearchTerms.words(search);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).toResponse(), e);
    }
  }
}
