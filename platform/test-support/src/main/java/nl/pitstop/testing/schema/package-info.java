/** Checks that what JPA maps and what the migrations create are the same tables and columns. */
package nl.pitstop.testing.schema;
