package it.nl.pitstop.handlers;

import nl.pitstop.support.schema.SchemaMigrations;
import nl.pitstop.testing.Database;

/**
 * Brings the test application's databases to this build's schema with the handlers' own migrations
 * (docs/adr/0018), from the test's side before the deployment: the test application is not the
 * handlers EAR and does not migrate. Not part of the deployed archive.
 */
final class TestDatabases {

  private TestDatabases() {}

  static void migrate() {
    SchemaMigrations.at(
            "notification", Database.url("notification-it"), Database.USER, Database.PASSWORD)
        .migrate();
    SchemaMigrations.at("invoicing", Database.url("invoicing-it"), Database.USER, Database.PASSWORD)
        .migrate();
  }
}
