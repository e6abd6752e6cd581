package nl.pitstop.support.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

  @Test
  void recognisesAnIntegrityViolationAnywhereInTheChain() {
    assertTrue(
        DuplicateKeys.causedByDuplicateKey(
            new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23505"))));
    assertTrue(
        DuplicateKeys.causedByDuplicateKey(new SQLException("Violation of PRIMARY KEY", "23000")));
  }

  @Test
  void otherFailuresAreNoDuplicates() {
    assertFalse(
        DuplicateKeys.causedByDuplicateKey(new SQLException("connection refused", "08001")));
    assertFalse(DuplicateKeys.causedByDuplicateKey(new SQLException("no state")));
    assertFalse(DuplicateKeys.causedByDuplicateKey(new IllegalStateException()));
  }
}
