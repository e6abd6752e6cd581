package nl.pitstop.support.rest;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claimed. A body the client sent that cannot be read is 400; a database
 * or broker that cannot be reached is 503; anything else is a 500 whose body carries only an
 * incident id (the stack trace goes to the log under that id, never to the client).
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    return answer(exception);
  }

  static Response answer(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof ProcessingException && !(cause.getCause() instanceof SQLException)) {
        return Problem.of(
                Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this resource.")
            .toResponse();
      }
      if (cause instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
        return new WebApplicationExceptionMapper().toResponse(wae);
      }
      if (cause instanceof SQLException
          || cause instanceof PersistenceException
          || cause instanceof JMSException
          || cause instanceof JMSRuntimeException) {
        LOG.log(Level.WARNING, "A dependency is unavailable", exception);
        return Problem.of(
                Response.Status.SERVICE_UNAVAILABLE,
                "A database or the message broker is unavailable; try again later.")
            .toResponse();
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure; incident " + incident + ".")
        .toResponse();
  }
}
