package nl.pitstop.customer.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The customer management API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    // Every operation needs the staff token: the OpenAPI UI sends the one given under "Authorize".
    security = @SecurityRequirement(name = "staffToken"),
    info =
        @Info(
            title = "Pitstop customer management API",
            version = "1.0",
            description =
                "Registers the garage's customers and publishes CustomerRegistered. A server"
                    + " answers API version 1 or 2 (setting customer.api.version, environment"
                    + " variable CUSTOMER_API_VERSION, default 1); version 2 adds each customer's"
                    + " loyaltyLevel. Every answer names its version in the Pitstop-Api-Version"
                    + " header."),
    components =
        @Components(
            headers =
                @Header(
                    name = ApiVersionHeader.NAME,
                    description = "The API version that answered: 1, or 2 (with loyaltyLevel)",
                    schema =
                        @Schema(
                            type = SchemaType.INTEGER,
                            enumeration = {"1", "2"}))))
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
public class CustomerApplication extends Application {}
