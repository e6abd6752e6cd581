package it.nl.pitstop.workshop;

import nl.pitstop.testing.ServerHealthContract;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
@SharedContainerConfig(WorkshopContainers.class)
class HealthIT extends ServerHealthContract {

  HealthIT() {
    super(
        Api.WORKSHOP,
        "/api/workshopplanning/{planningDate}",
        "/api/workshopplanning/{planningDate}/jobs",
        "/api/workshopplanning/{planningDate}/jobs/{jobId}",
        "/api/workshopplanning/{planningDate}/jobs/{jobId}/finish",
        "/api/refdata/vehicles/{licenseNumber}");
  }
}
