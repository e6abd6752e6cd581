package nl.pitstop.support.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.pitstop.support.rest.Problem;

/**
 * The error page of a Pitstop API: the errors the servlet container answers itself, before any
 * JAX-RS resource is chosen, as problem bodies like every other error. Liberty's web container
 * rejects a request URI with an encoded slash, backslash, dot segment or invalid UTF-8 ({@code
 * ..%2F}, {@code %5C}, {@code %ff}: CWWWC0005I) with a 400, and a path outside {@code /api} with a
 * 404, as HTML pages; the {@code <error-page>} entries of this jar's {@code web-fragment.xml} send
 * them here. The status stays the container's; the body names no part of the request.
 */
public class ProblemErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the error pages point. */
  public static final String PATH = "/pitstop-error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    byte[] body = body(status).toString().getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** The status of the error being answered; 404 when this servlet is asked for directly. */
  static int statusOf(Object attribute) {
    if (attribute instanceof Integer code && code >= 400 && code <= 599) {
      return code;
    }
    return 404;
  }

  /** The problem body for a status, with the same members as {@link Problem}'s JSON. */
  static JsonObject body(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title =
        known == null ? (status < 500 ? "Bad Request" : "Server Error") : known.getReasonPhrase();
    return Json.createObjectBuilder()
        .add("detail", detail(status, title))
        .add("status", status)
        .add("title", title)
        .add("type", "about:blank")
        .build();
  }

  private static String detail(int status, String title) {
    return switch (status) {
      case 400 -> "The request is not valid: its address or headers cannot be read.";
      case 404 -> "There is no resource at this address.";
      case 500 -> "Unexpected failure.";
      default -> title + ".";
    };
  }
}
