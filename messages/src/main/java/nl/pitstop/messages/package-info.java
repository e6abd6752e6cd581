/**
 * The contract between services: integration events, their JSON, the topic and its message
 * properties.
 */
package nl.pitstop.messages;
