/**
 * Health of a server's dependencies: the readiness check of its databases, and the broker's check,
 * which is part of readiness only where a server needs the broker to work (docs/adr/0015).
 */
package nl.pitstop.support.health;
