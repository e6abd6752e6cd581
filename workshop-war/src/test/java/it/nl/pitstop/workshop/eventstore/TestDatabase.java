package it.nl.pitstop.workshop.eventstore;

import nl.pitstop.support.schema.SchemaMigrations;
import nl.pitstop.testing.Database;

/**
 * Brings the test's event store to this build's schema with the workshop's own migrations
 * (docs/adr/0018), from the test's side before the deployment, which does not migrate. Not part of
 * the deployed archive.
 */
final class TestDatabase {

  private TestDatabase() {}

  static void migrate() {
    SchemaMigrations.at(
            "workshopeventstore", Database.url("eventstore-it"), Database.USER, Database.PASSWORD)
        .migrate();
  }
}
