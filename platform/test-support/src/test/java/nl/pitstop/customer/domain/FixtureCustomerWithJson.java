package nl.pitstop.customer.domain;

import jakarta.json.JsonObject;

/** A fixture of PitstopArchitectureTest: a domain class that uses a framework. */
public record FixtureCustomerWithJson(JsonObject document) {}
