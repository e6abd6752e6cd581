/** The handlers' web module: the JAX-RS application of the read and admin API. */
package nl.pitstop.handlers.web;
