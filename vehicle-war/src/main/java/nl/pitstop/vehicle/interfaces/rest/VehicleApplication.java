package nl.pitstop.vehicle.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The vehicle management API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    // Every operation needs the staff token: the OpenAPI UI sends the one given under "Authorize".
    security = @SecurityRequirement(name = "staffToken"),
    info =
        @Info(
            title = "Pitstop vehicle management API",
            version = "1.0",
            description =
                "Registers the vehicles of the garage's customers and publishes VehicleRegistered."))
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
public class VehicleApplication extends Application {}
