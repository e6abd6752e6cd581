package nl.pitstop.handlers.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.pitstop.handlers.web.auditlog.AuditLogResource;
import nl.pitstop.handlers.web.invoicing.InvoiceResource;
import nl.pitstop.handlers.web.time.TimeResource;
import nl.pitstop.support.rest.ConstraintViolationMapper;
import nl.pitstop.support.rest.FailureMapper;
import nl.pitstop.support.rest.JsonBodyInterceptor;
import nl.pitstop.support.rest.WebApplicationExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The handlers' read and admin API under {@code /api}. The classes are listed because the problem
 * mappers and the body guard live in the EAR's lib folder, which JAX-RS does not scan.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pitstop event handlers API",
            version = "1.0",
            description =
                "What the event handlers recorded (audit log, invoices) and the time service's trigger."))
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
        JsonBodyInterceptor.class);
  }
}
