/** MicroProfile readiness checks of a server's database and broker. */
package nl.pitstop.support.health;
