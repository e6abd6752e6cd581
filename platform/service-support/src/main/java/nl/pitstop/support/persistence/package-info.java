/**
 * EclipseLink support: the H2-as-SQL-Server platform, fail-fast retries, duplicate-key detection.
 */
package nl.pitstop.support.persistence;
