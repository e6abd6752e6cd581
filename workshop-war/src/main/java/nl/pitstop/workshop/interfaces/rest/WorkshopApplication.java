package nl.pitstop.workshop.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The workshop management API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pitstop workshop management API",
            version = "1.0",
            description = "Plans the workshop and serves the reference data it plans with."))
public class WorkshopApplication extends Application {}
