/**
 * The transactional outbox: events stored with the state change and relayed to the events topic.
 */
package nl.pitstop.support.outbox;
