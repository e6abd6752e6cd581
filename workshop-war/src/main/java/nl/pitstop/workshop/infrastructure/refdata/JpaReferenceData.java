package nl.pitstop.workshop.infrastructure.refdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.pitstop.workshop.application.CustomerInfo;
import nl.pitstop.workshop.application.ReferenceData;
import nl.pitstop.workshop.application.VehicleReference;

/** Reference data from the workshop read model database. */
@ApplicationScoped
public class JpaReferenceData implements ReferenceData {

  @PersistenceContext(unitName = "workshop")
  EntityManager entityManager;

  @Override
  public List<CustomerInfo> customers() {
    return entityManager
        .createQuery("select c from CustomerRow c order by c.name, c.customerId", CustomerRow.class)
        .getResultStream()
        .map(CustomerRow::toInfo)
        .toList();
  }

  @Override
  public Optional<CustomerInfo> customer(String customerId) {
    return Optional.ofNullable(entityManager.find(CustomerRow.class, customerId))
        .map(CustomerRow::toInfo);
  }

  @Override
  public List<VehicleReference> vehicles() {
    return entityManager
        .createQuery("select v from VehicleRow v order by v.licenseNumber", VehicleRow.class)
        .getResultStream()
        .map(VehicleRow::toReference)
        .toList();
  }

  /** License numbers are stored stripped in upper case (docs/adr/0005). */
  @Override
  public Optional<VehicleReference> vehicle(String licenseNumber) {
    return Optional.ofNullable(
            entityManager.find(VehicleRow.class, licenseNumber.strip().toUpperCase(Locale.ROOT)))
        .map(VehicleRow::toReference);
  }
}
