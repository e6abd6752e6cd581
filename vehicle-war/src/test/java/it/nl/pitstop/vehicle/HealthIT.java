package it.nl.pitstop.vehicle;

import nl.pitstop.testing.ServerHealthContract;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
@SharedContainerConfig(VehicleContainers.class)
class HealthIT extends ServerHealthContract {

  HealthIT() {
    super(Api.VEHICLE, "/api/vehicles", "/api/vehicles/{licenseNumber}");
  }
}
