package nl.pitstop.customer.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer management API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
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
public class CustomerApplication extends Application {}
