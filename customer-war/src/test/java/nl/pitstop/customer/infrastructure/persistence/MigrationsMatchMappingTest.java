package nl.pitstop.customer.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.pitstop.testing.schema.MappedSchema;
import org.junit.jupiter.api.Test;

/** The customer database made by its migrations is the one the persistence unit maps. */
class MigrationsMatchMappingTest {

  @Test
  void everyMappedTableIsMigratedWithTheSameColumns() {
    assertEquals(List.of(), MappedSchema.differences("customer", "customer"));
  }
}
