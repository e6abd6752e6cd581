package nl.pitstop.handlers.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.pitstop.handlers.web.auditlog.AuditLogResource;
import nl.pitstop.handlers.web.invoicing.InvoiceResource;
import nl.pitstop.handlers.web.time.TimeResource;
import nl.pitstop.support.rest.AuthenticationProblemFilter;
import nl.pitstop.support.rest.ConstraintViolationMapper;
import nl.pitstop.support.rest.FailureMapper;
import nl.pitstop.support.rest.JsonBodyInterceptor;
import nl.pitstop.support.rest.WebApplicationExceptionMapper;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The handlers' read and admin API under {@code /api}. The classes are listed because the problem
 * mappers and the body guard live in the EAR's lib folder, which JAX-RS does not scan.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    // Every operation needs the staff token: the OpenAPI UI sends the one given under "Authorize".
    security = @SecurityRequirement(name = "staffToken"),
    info =
        @Info(
            title = "Pitstop event handlers API",
            version = "1.0",
            description =
                "What the event handlers recorded (audit log, invoices) and the time service's trigger."))
@LoginConfig(authMethod = "MP-JWT", realmName = "pitstop")
@DeclareRoles({Roles.OFFICE, Roles.MECHANIC, Roles.ADMIN})
@SecurityScheme(
    securitySchemeName = "staffToken",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "A staff token: a JWT the web app signs for the logged-in user; locally ./pitstop token"
            + " [USER] prints one (docs/adr/0011)")
public class HandlersApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        AuditLogResource.class,
        InvoiceResource.class,
        TimeResource.class,
        ConstraintViolationMapper.class,
        WebApplicationExceptionMapper.class,
        FailureMapper.class,
        JsonBodyInterceptor.class,
        AuthenticationProblemFilter.class);
  }
}
