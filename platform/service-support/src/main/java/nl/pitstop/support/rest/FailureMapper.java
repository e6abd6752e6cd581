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

  /** What a failure means for the client. */
  enum Kind {
    UNREADABLE_BODY,
    CLIENT_ERROR,
    DEPENDENCY_UNAVAILABLE,
    UNEXPECTED
  }

  /** The meaning of a failure, found in its chain of causes, and the cause that decided it. */
  record Classified(Kind kind, Throwable cause) {}

  static Classified classify(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof ProcessingException && !(cause.getCause() instanceof SQLException)) {
        return new Classified(Kind.UNREADABLE_BODY, cause);
      }
      if (cause instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
        return new Classified(Kind.CLIENT_ERROR, cause);
      }
      if (cause instanceof SQLException
          || cause instanceof PersistenceException
          || cause instanceof JMSException
          || cause instanceof JMSRuntimeException) {
        return new Classified(Kind.DEPENDENCY_UNAVAILABLE, cause);
      }
    }
    return new Classified(Kind.UNEXPECTED, exception);
  }

  static Response answer(Throwable exception) {
    Classified failure = classify(exception);
    switch (failure.kind()) {
      case UNREADABLE_BODY:
        return Problem.of(
                Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this resource.")
            .toResponse();
      case CLIENT_ERROR:
        return new WebApplicationExceptionMapper()
            .toResponse((WebApplicationException) failure.cause());
      case DEPENDENCY_UNAVAILABLE:
        LOG.log(Level.WARNING, "A dependency is unavailable", exception);
        return Problem.of(
                Response.Status.SERVICE_UNAVAILABLE,
                "A database or the message broker is unavailable; try again later.")
            .toResponse();
      default:
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problem.of(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Unexpected failure; incident " + incident + ".")
            .toResponse();
    }
  }
}
