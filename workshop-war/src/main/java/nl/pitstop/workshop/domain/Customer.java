package nl.pitstop.workshop.domain;

import java.util.Objects;

/** The customer of a maintenance job, as the planner knew them. */
public record Customer(String customerId, String name, String telephoneNumber) {

  public Customer {
    Objects.requireNonNull(customerId, "customerId");
  }
}
