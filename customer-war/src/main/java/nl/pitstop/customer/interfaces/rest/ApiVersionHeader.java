package nl.pitstop.customer.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Names the API version in every answer of the customer API ({@value #NAME}: 1 or 2), errors
 * included, so that a client or a curl loop can see which side of a v1/v2 canary answered.
 */
@Provider
@ApplicationScoped
public class ApiVersionHeader implements ContainerResponseFilter {

  /** The header's name. */
  public static final String NAME = "Pitstop-Api-Version";

  @Inject ConfiguredApiVersion version;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(NAME, String.valueOf(version.current().number()));
  }
}
