package nl.pitstop.customer.domain;

import java.util.List;

/**
 * A fixture of PitstopArchitectureTest: a domain class as it should be (the JDK and its domain).
 */
public record FixtureCustomer(String name, List<FixtureCustomer> relatives, int[] scores) {}
