/** The servlet container's own error answers as problem bodies. */
package nl.pitstop.support.web;
