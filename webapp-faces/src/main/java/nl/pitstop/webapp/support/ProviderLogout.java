package nl.pitstop.webapp.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request that ends the user's session at the OpenID Connect provider (OpenID Connect
 * RP-Initiated Logout 1.0): its end-session endpoint, with this client's id and where the provider
 * sends the browser afterwards (an address registered with the provider).
 */
final class ProviderLogout {

  private ProviderLogout() {}

  static String address(String endSessionEndpoint, String clientId, String afterwards) {
    List<String> parameters = new ArrayList<>();
    if (!clientId.isBlank()) {
      parameters.add("client_id=" + encoded(clientId));
    }
    if (!afterwards.isBlank()) {
      parameters.add("post_logout_redirect_uri=" + encoded(afterwards));
    }
    if (parameters.isEmpty()) {
      return endSessionEndpoint;
    }
    return endSessionEndpoint
        + (endSessionEndpoint.contains("?") ? "&" : "?")
        + String.join("&", parameters);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
