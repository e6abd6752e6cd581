/**
 * The kernel every event handler shares: a {@link nl.pitstop.handlers.handling.Delivery} read from
 * the events topic, the {@link nl.pitstop.handlers.handling.ProcessedMessage} record that lets a
 * handler apply each event once ({@link nl.pitstop.handlers.handling.HandledOnce}), and {@link
 * nl.pitstop.handlers.handling.Columns} for values that must fit their columns.
 *
 * <p>A handler's own decisions stay in its module. The policy for events out of order is the same
 * in all of them: a {@code MaintenanceJobFinished} that arrives before its {@code
 * MaintenanceJobPlanned} is recorded, and the job is completed when the planned event comes (a
 * redelivery is the one thing that reorders a planning day: docs/adr/0023).
 */
package nl.pitstop.handlers.handling;
