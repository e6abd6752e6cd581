/** Publishing to the events topic in the caller's (XA) transaction. */
package nl.pitstop.handlers.time.infrastructure.jms;
