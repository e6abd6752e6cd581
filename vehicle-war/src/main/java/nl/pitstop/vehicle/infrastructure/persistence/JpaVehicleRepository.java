package nl.pitstop.vehicle.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pitstop.support.persistence.DuplicateKeys;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.support.search.TermSearch;
import nl.pitstop.vehicle.domain.LicenseNumber;
import nl.pitstop.vehicle.domain.Vehicle;
import nl.pitstop.vehicle.domain.VehicleAlreadyRegisteredException;
import nl.pitstop.vehicle.domain.VehicleRepository;

/**
 * Vehicles in the vehicle database, mapped by META-INF/orm.xml. License numbers are stored in
 * normal form, so the primary key makes them unique whatever the database's collation. Each vehicle
 * has the terms it is found by (docs/adr/0019).
 */
@ApplicationScoped
public class JpaVehicleRepository implements VehicleRepository {

  /** The overview's order: by license number, the primary key. */
  private static final String ORDER = "x.licenseNumber";

  @Inject EntityManager entityManager;

  @Override
  public void add(Vehicle vehicle) {
    if (entityManager.find(Vehicle.class, vehicle.licenseNumber()) != null) {
      throw new VehicleAlreadyRegisteredException(vehicle.licenseNumber());
    }
    try {
      entityManager.persist(vehicle);
      for (String term : SearchTerms.of(vehicle.licenseNumber(), vehicle.brand(), vehicle.type())) {
        entityManager.persist(new VehicleSearchTerm(term, vehicle.licenseNumber()));
      }
      entityManager.flush();
    } catch (PersistenceException e) {
      if (DuplicateKeys.causedByDuplicateKey(e)) {
        throw new VehicleAlreadyRegisteredException(vehicle.licenseNumber());
      }
      throw e;
    }
  }

  @Override
  public Optional<Vehicle> find(LicenseNumber licenseNumber) {
    return Optional.ofNullable(entityManager.find(Vehicle.class, licenseNumber.value()));
  }

  @Override
  public Page search(List<String> words, String ownerId, int offset, int limit) {
    Map<String, Object> owner = new HashMap<>();
    owner.put("ownerId", ownerId);
    TermSearch.Found<Vehicle> found =
        TermSearch.page(
            entityManager,
            Vehicle.class,
            "licenseNumber",
            "VehicleSearchTerm",
            ORDER,
            owner,
            words,
            offset,
            limit);
    return new Page(found.items(), found.total().count(), found.total().capped());
  }
}
