/**
 * The notification handler's domain: the customers it reminds and the maintenance jobs it reminds
 * them of. Plain Java: the mapping to the notification database is {@code
 * META-INF/notification-orm.xml}, the events and the mail are the application's.
 */
package nl.pitstop.handlers.notification.domain;
