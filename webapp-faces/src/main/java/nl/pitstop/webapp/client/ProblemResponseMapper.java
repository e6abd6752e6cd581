package nl.pitstop.webapp.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every error answer of an API into an {@link ApiException}, reading its problem body when it
 * has one (a proxy's or a crashed server's answer may not).
 */
public class ProblemResponseMapper implements ResponseExceptionMapper<ApiException> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public ApiException toThrowable(Response response) {
    return of(response.getStatus(), body(response));
  }

  static ApiException of(int status, String body) {
    ApiProblem problem = parse(status, body);
    if (status == 404) {
      return new ApiException.NotFound(problem);
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      return new ApiException.Rejected(problem);
    }
    return new ApiException.Failed(problem);
  }

  private static ApiProblem parse(int status, String body) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
    if (body != null && body.trim().startsWith("{")) {
      try {
        ApiProblem parsed = JSON.fromJson(body, ApiProblem.class);
        return new ApiProblem(
            parsed.type(),
            parsed.title() == null ? reason : parsed.title(),
            status,
            parsed.detail(),
            parsed.errors(),
            parsed.errorMessage());
      } catch (JsonbException e) {
        // not a problem body: fall through to the status alone
      }
    }
    return new ApiProblem("about:blank", reason, status, null, null, null);
  }

  private static String body(Response response) {
    try {
      return response.hasEntity() ? response.readEntity(String.class) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
