/**
 * Reference data read from the workshop read model database (written by the handlers' workshop
 * projection).
 */
package nl.pitstop.workshop.infrastructure.refdata;
