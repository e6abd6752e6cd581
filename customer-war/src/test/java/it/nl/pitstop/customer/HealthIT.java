package it.nl.pitstop.customer;

import nl.pitstop.testing.ServerHealthContract;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
@SharedContainerConfig(CustomerContainers.class)
class HealthIT extends ServerHealthContract {

  HealthIT() {
    super(Api.CUSTOMER, "/api/customers", "/api/customers/{customerId}");
  }
}
