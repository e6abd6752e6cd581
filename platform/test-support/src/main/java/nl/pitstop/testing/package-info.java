/**
 * Helpers for black-box tests of the servers: over HTTP, and to the broker and the database the
 * servers use.
 */
package nl.pitstop.testing;
