package nl.pitstop.webapp;

import nl.pitstop.customer.domain.FixtureCustomer;

/** A fixture of PitstopArchitectureTest: a web app class that uses a service's class. */
public class FixturePage {
  FixtureCustomer shown;
}
