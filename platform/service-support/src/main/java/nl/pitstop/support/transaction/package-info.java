/** Helpers around the JTA transaction a service runs in. */
package nl.pitstop.support.transaction;
