/** Helpers for black-box tests of the servers over HTTP. */
package nl.pitstop.testing;
