package nl.pitstop.customer.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The customer management API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pitstop customer management API",
            version = "1.0",
            description = "Registers the garage's customers and publishes CustomerRegistered."))
public class CustomerApplication extends Application {}
