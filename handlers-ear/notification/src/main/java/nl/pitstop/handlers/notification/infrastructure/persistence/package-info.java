/** The notification handler's store on JPA (the {@code notification} persistence unit). */
package nl.pitstop.handlers.notification.infrastructure.persistence;
