/** Customer management: the overview, a customer's details and the registration form. */
package nl.pitstop.webapp.customer;
