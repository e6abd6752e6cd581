package nl.pitstop.webapp.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * Keeps requests whose Faces parameters cannot belong to a page of this web app away from Faces,
 * which would answer them with a server error, a stack trace in the log and an FFDC incident
 * (docs/adr/0021). Faces reads its own parameters ({@code jakarta.faces.*}) on any method: a view
 * state makes any request a postback, a partial-request flag makes it an ajax request. Only a form
 * that Faces rendered sends them, and always by POST.
 *
 * <ul>
 *   <li>An ajax request that does not continue a page (no view state, or no script nonce, which
 *       PrimeFaces' scripts always send) is answered 400.
 *   <li>Any other method with Faces' parameters in its address is sent to the same address without
 *       them: the page opened anew (303).
 *   <li>An error page is rendered anew, never as the postback of the request that failed.
 * </ul>
 *
 * <p>A form posted with a view state that cannot be read is opened anew by {@link
 * FailureExceptionHandler}. None of these is logged above FINE: anyone can send them, and nothing
 * of them reaches the application.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class FacesParameters extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(FacesParameters.class.getName());

  static final String FACES_OWN = "jakarta.faces.";
  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String PARTIAL_FLAG = "jakarta.faces.partial.ajax";
  static final String PARTIAL_HEADER = "Faces-Request";
  static final String SCRIPT_NONCE = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      chain.doFilter(new WithoutFacesParameters(request), response);
      return;
    }
    boolean post = "POST".equals(request.getMethod());
    if (isPartial(request)
        && !(post
            && request.getParameter(VIEW_STATE) != null
            && request.getParameter(SCRIPT_NONCE) != null)) {
      LOG.fine(() -> "An ajax request that continues no page: " + request.getServletPath());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("This request does not continue a page of Pitstop.\n");
      return;
    }
    if (!post && hasFacesParameter(request.getQueryString())) {
      LOG.fine(() -> "Faces parameters in the address of " + request.getServletPath());
      String kept = withoutFacesParameters(request.getQueryString());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isPartial(HttpServletRequest request) {
    String header = request.getHeader(PARTIAL_HEADER);
    return (header != null && header.startsWith("partial/"))
        || request.getParameter(PARTIAL_FLAG) != null;
  }

  static boolean hasFacesParameter(String query) {
    if (query == null) {
      return false;
    }
    for (String parameter : query.split("&")) {
      if (!parameter.isEmpty() && isFacesOwn(parameter.split("=", 2)[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The query without the parameters Faces reads itself, however they are encoded (a name that
   * cannot be decoded goes too); the page's own parameters stay, so a details page keeps its id.
   */
  static String withoutFacesParameters(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringJoiner kept = new StringJoiner("&");
    for (String parameter : query.split("&", -1)) {
      if (!parameter.isEmpty() && !isFacesOwn(parameter.split("=", 2)[0])) {
        kept.add(parameter);
      }
    }
    return kept.toString();
  }

  /** Whether a parameter's name, as written in the address, is Faces' own (or unreadable). */
  private static boolean isFacesOwn(String encodedName) {
    try {
      return isFacesName(URLDecoder.decode(encodedName, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException unreadable) {
      return true;
    }
  }

  /** Whether a parameter is one Faces or PrimeFaces' scripts read themselves. */
  private static boolean isFacesName(String name) {
    return name.startsWith(FACES_OWN) || name.equals(SCRIPT_NONCE);
  }

  /** The request as an error page sees it: no Faces parameters, not an ajax request. */
  static final class WithoutFacesParameters extends HttpServletRequestWrapper {

    WithoutFacesParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> kept = new LinkedHashMap<>();
      super.getParameterMap()
          .forEach(
              (name, values) -> {
                if (!isFacesName(name)) {
                  kept.put(name, values);
                }
              });
      return Collections.unmodifiableMap(kept);
    }

    @Override
    public String getParameter(String name) {
      String[] values = getParameterMap().get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      return getParameterMap().get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String getHeader(String name) {
      return PARTIAL_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return PARTIAL_HEADER.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }
  }
}
