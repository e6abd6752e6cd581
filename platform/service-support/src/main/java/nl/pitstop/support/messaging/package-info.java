/** What the event handlers share about the messages they receive. */
package nl.pitstop.support.messaging;
