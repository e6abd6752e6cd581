/** The handlers' read API (audit log). */
package nl.pitstop.handlers.web;
