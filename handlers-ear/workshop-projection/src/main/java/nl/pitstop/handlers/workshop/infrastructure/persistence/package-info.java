/** The workshop read model on JPA (the {@code workshop} persistence unit). */
package nl.pitstop.handlers.workshop.infrastructure.persistence;
