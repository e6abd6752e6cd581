package nl.pitstop.workshop.infrastructure.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.pitstop.testing.schema.MappedSchema;
import org.junit.jupiter.api.Test;

/**
 * The views this API reads, as the read model's owner (the workshop projection) makes them in its
 * migrations, have the columns this API maps: the owner cannot change them without this build
 * failing.
 */
class ReadModelViewsMatchMappingTest {

  /** The migrations of the workshop read model, in the module that owns it. */
  static final String OWNER_MIGRATIONS =
      "filesystem:../handlers-ear/workshop-projection/src/main/resources/db/migration/workshop";

  @Test
  void theViewsHaveTheMappedColumns() {
    assertEquals(List.of(), MappedSchema.differencesFrom("workshop", OWNER_MIGRATIONS));
  }
}
