/** RFC 9457 problem bodies for every error a JAX-RS application answers. */
package nl.pitstop.support.rest;
