package it.nl.pitstop.customer;

import nl.pitstop.testing.ServerHealthContract;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class HealthIT extends ServerHealthContract {

  HealthIT() {
    super(Api.CUSTOMER, "/api/customers", "/api/customers/{customerId}");
  }
}
