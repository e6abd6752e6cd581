/** The containers of the MicroShed tests' container mode ({@code -Pcontainers}). */
package nl.pitstop.testing.containers;
