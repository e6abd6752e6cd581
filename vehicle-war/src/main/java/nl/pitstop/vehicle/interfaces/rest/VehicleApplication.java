package nl.pitstop.vehicle.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The vehicle management API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pitstop vehicle management API",
            version = "1.0",
            description =
                "Registers the vehicles of the garage's customers and publishes VehicleRegistered."))
public class VehicleApplication extends Application {}
