package nl.pitstop.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.JMSException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.pitstop.support.rest.FailureMapper.Kind;
import org.junit.jupiter.api.Test;

class FailureMapperTest {

  static Kind kindOf(Throwable failure) {
    return FailureMapper.classify(failure).kind();
  }

  @Test
  void aBodyThatCannotBeReadIsTheClientsFault() {
    assertEquals(Kind.UNREADABLE_BODY, kindOf(new JsonbException("Unexpected char")));
    assertEquals(Kind.UNREADABLE_BODY, kindOf(new ProcessingException(new JsonbException("bad"))));
  }

  @Test
  void anUnreachableDatabaseOrBrokerMeansUnavailable() {
    assertEquals(
        Kind.DEPENDENCY_UNAVAILABLE,
        kindOf(new PersistenceException(new SQLTransientConnectionException("refused"))));
    assertEquals(
        Kind.DEPENDENCY_UNAVAILABLE, kindOf(new RuntimeException(new JMSException("broker down"))));
    assertEquals(
        Kind.DEPENDENCY_UNAVAILABLE,
        kindOf(new ProcessingException(new SQLException("connection reset"))));
  }

  @Test
  void anythingElseIsUnexpected() {
    NullPointerException bug = new NullPointerException();
    assertEquals(Kind.UNEXPECTED, kindOf(bug));
    assertEquals(bug, FailureMapper.classify(bug).cause());
  }
}
