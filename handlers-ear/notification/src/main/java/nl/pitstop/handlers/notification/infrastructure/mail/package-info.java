/** The notification handler's mail outbox, in its own database. */
package nl.pitstop.handlers.notification.infrastructure.mail;
