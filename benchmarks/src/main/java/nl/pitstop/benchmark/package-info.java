/** Benchmarks against the running system (not tests: run them on purpose, see the README). */
package nl.pitstop.benchmark;
