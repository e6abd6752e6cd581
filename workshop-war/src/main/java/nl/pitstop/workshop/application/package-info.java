/** Workshop use cases and the ports they need. */
package nl.pitstop.workshop.application;
