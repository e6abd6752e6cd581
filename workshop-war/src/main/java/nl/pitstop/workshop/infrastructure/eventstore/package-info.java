/**
 * The workshop's event store on JPA: one row per stream with its version, one row per event,
 * appended with optimistic concurrency; snapshots; and the store as the service's outbox.
 */
package nl.pitstop.workshop.infrastructure.eventstore;
