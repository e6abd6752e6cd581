package nl.pitstop.webapp.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logging out (docs/adr/0011, 0022): ends the login and the session here, then shows the login
 * page. Behind an OpenID Connect provider (LOGIN=oidc) the provider's session ends too: the browser
 * goes to its end-session endpoint, which sends it back to the home page, where the provider asks
 * for the password again. Without that, the next visit on a shared garage PC would log the last
 * user straight back in.
 */
@Named
@RequestScoped
public class Login {

  @Inject
  @ConfigProperty(name = "pitstop.logout.url")
  Optional<String> providerLogout;

  @Inject
  @ConfigProperty(name = "pitstop.logout.client")
  Optional<String> client;

  @Inject
  @ConfigProperty(name = "pitstop.logout.return")
  Optional<String> afterwards;

  public String logout() throws ServletException, IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    String home = external.getRequestContextPath() + "/";
    external.redirect(
        providerLogout
            .filter(address -> !address.isBlank())
            .map(
                address ->
                    ProviderLogout.address(address, client.orElse(""), afterwards.orElse("")))
            .orElse(home));
    faces.responseComplete();
    return null;
  }
}
