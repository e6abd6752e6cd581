/** Small concurrency building blocks shared by the relays. */
package nl.pitstop.support.concurrent;
