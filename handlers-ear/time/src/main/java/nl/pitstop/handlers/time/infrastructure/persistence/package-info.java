/** The time service's database: the days it announced. */
package nl.pitstop.handlers.time.infrastructure.persistence;
