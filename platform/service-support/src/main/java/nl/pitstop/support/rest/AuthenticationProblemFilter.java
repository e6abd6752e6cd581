package nl.pitstop.support.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A request without a valid staff token is refused by the server's MicroProfile JWT support with an
 * empty 401 (and its {@code WWW-Authenticate: Bearer} challenge); this gives that answer a problem
 * body like every other error. A wrong role is a 403 through {@link WebApplicationExceptionMapper}.
 */
@Provider
public class AuthenticationProblemFilter implements ContainerResponseFilter {

  static final String DETAIL =
      "A valid staff token is required: Authorization: Bearer followed by a token the web app"
          + " signed, unexpired.";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 401 && !response.hasEntity()) {
      response.setEntity(
          Problem.of(401, "Unauthorized", DETAIL), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
  }
}
