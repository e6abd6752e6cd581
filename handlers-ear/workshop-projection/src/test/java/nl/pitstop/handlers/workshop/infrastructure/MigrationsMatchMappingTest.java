package nl.pitstop.handlers.workshop.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.pitstop.testing.schema.MappedSchema;
import org.junit.jupiter.api.Test;

/** The workshop read model made by its migrations is the one the projection maps. */
class MigrationsMatchMappingTest {

  @Test
  void everyMappedTableIsMigratedWithTheSameColumns() {
    assertEquals(List.of(), MappedSchema.differences("workshop", "workshop"));
  }
}
