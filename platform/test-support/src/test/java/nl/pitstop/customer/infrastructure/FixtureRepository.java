package nl.pitstop.customer.infrastructure;

/** A fixture of PitstopArchitectureTest: an adapter. */
public class FixtureRepository {}
