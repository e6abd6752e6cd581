package nl.pitstop.customer.application;

import nl.pitstop.customer.infrastructure.FixtureRepository;

/** A fixture of PitstopArchitectureTest: an application service that uses an adapter directly. */
public class FixtureService {
  final FixtureRepository repository = new FixtureRepository();
}
