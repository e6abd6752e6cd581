package nl.pitstop.handlers.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The handlers' read and admin API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pitstop event handlers API",
            version = "1.0",
            description = "Reads what the event handlers recorded: the audit log."))
public class HandlersApplication extends Application {}
