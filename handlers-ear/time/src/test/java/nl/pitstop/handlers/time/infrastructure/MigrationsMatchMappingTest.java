package nl.pitstop.handlers.time.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.pitstop.testing.schema.MappedSchema;
import org.junit.jupiter.api.Test;

/** The time service database made by its migrations is the one the persistence unit maps. */
class MigrationsMatchMappingTest {

  @Test
  void everyMappedTableIsMigratedWithTheSameColumns() {
    assertEquals(List.of(), MappedSchema.differences("time", "timeservice"));
  }
}
