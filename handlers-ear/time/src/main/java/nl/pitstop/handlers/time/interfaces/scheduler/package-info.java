/** What makes the time service tick: an EJB timer. */
package nl.pitstop.handlers.time.interfaces.scheduler;
