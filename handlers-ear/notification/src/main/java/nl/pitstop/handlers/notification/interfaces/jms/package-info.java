/** The notification handler's message-driven bean. */
package nl.pitstop.handlers.notification.interfaces.jms;
