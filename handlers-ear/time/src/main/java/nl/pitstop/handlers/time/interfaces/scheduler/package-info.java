/** What makes the time service tick. */
package nl.pitstop.handlers.time.interfaces.scheduler;
