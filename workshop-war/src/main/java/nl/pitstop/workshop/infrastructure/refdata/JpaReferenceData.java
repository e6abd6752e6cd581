package nl.pitstop.workshop.infrastructure.refdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.workshop.application.CustomerInfo;
import nl.pitstop.workshop.application.ReferenceData;
import nl.pitstop.workshop.application.VehicleReference;

/** Reference data from the workshop read model database. */
@ApplicationScoped
public class JpaReferenceData implements ReferenceData {

  @PersistenceContext(unitName = "workshop")
  EntityManager entityManager;

  @Override
  public List<CustomerInfo> customers(int offset, int limit) {
    return entityManager
        .createQuery("select c from CustomerRow c order by c.name, c.customerId", CustomerRow.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(CustomerRow::toInfo)
        .toList();
  }

  @Override
  public long customerCount() {
    return entityManager
        .createQuery("select count(c) from CustomerRow c", Long.class)
        .getSingleResult();
  }

  @Override
  public Optional<CustomerInfo> customer(String customerId) {
    return Optional.ofNullable(entityManager.find(CustomerRow.class, customerId))
        .map(CustomerRow::toInfo);
  }

  /** A range of the primary key: license numbers are kept in upper case (docs/adr/0005). */
  @Override
  public List<VehicleReference> vehicles(String prefix, int offset, int limit) {
    return entityManager
        .createQuery(
            "select v from VehicleRow v where v.licenseNumber like :prefix escape '\\'"
                + " order by v.licenseNumber",
            VehicleRow.class)
        .setParameter("prefix", startingWith(prefix))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(VehicleRow::toReference)
        .toList();
  }

  @Override
  public long vehicleCount(String prefix) {
    return entityManager
        .createQuery(
            "select count(v) from VehicleRow v where v.licenseNumber like :prefix escape '\\'",
            Long.class)
        .setParameter("prefix", startingWith(prefix))
        .getSingleResult();
  }

  private static String startingWith(String prefix) {
    return SearchTerms.startingWith(prefix.strip().toUpperCase(Locale.ROOT));
  }

  /** License numbers are stored stripped in upper case (docs/adr/0005). */
  @Override
  public Optional<VehicleReference> vehicle(String licenseNumber) {
    return Optional.ofNullable(
            entityManager.find(VehicleRow.class, licenseNumber.strip().toUpperCase(Locale.ROOT)))
        .map(VehicleRow::toReference);
  }
}
