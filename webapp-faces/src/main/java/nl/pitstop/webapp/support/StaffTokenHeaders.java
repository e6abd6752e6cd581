package nl.pitstop.webapp.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.pitstop.tokens.StaffTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every API call carries a staff token for the logged-in user (docs/adr/0011): their name and the
 * roles they hold, signed with the web app's key, valid for five minutes. A token is reused within
 * the user's session while it has more than three minutes left. Without a login (which the pages do
 * not allow) the call goes without a token and the API refuses it.
 */
@ApplicationScoped
public class StaffTokenHeaders implements ClientHeadersFactory {

  static final List<String> ROLES = List.of("office", "mechanic", "admin");
  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final Duration REUSE = Duration.ofMinutes(2);
  static final String SESSION_TOKEN = StaffTokenHeaders.class.getName() + ".token";

  /** A token and when it was signed, kept in the session. */
  record Signed(String user, String token, Instant at) {}

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "jwt.privatekey.location")
  String privateKeyLocation;

  @Inject
  @ConfigProperty(name = "jwt.issuer")
  String issuer;

  private volatile StaffTokens tokens;

  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    String user = request.getRemoteUser();
    if (user != null) {
      headers.putSingle("Authorization", "Bearer " + tokenFor(user));
    }
    return headers;
  }

  private String tokenFor(String user) {
    HttpSession session = request.getSession();
    Instant now = Instant.now();
    if (session.getAttribute(SESSION_TOKEN) instanceof Signed signed
        && signed.user().equals(user)
        && signed.at().plus(REUSE).isAfter(now)) {
      return signed.token();
    }
    List<String> roles = ROLES.stream().filter(request::isUserInRole).toList();
    String token = signer().sign(user, roles, now);
    session.setAttribute(SESSION_TOKEN, new Signed(user, token, now));
    return token;
  }

  private StaffTokens signer() {
    StaffTokens signer = tokens;
    if (signer == null) {
      signer = StaffTokens.fromPemFile(Path.of(privateKeyLocation), issuer, LIFETIME);
      tokens = signer;
    }
    return signer;
  }
}
