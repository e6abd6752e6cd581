/**
 * Schemas owned by versioned migrations (Flyway, docs/adr/0018): every database's tables, indexes
 * and views are the SQL scripts under {@code db/migration/<database>/} of the module that owns
 * them; a server brings its databases to that version as it starts, before anything uses them.
 */
package nl.pitstop.support.schema;
