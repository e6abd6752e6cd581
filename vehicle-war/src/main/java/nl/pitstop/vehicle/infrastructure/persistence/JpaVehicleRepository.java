package nl.pitstop.vehicle.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import nl.pitstop.support.persistence.DuplicateKeys;
import nl.pitstop.vehicle.domain.LicenseNumber;
import nl.pitstop.vehicle.domain.Vehicle;
import nl.pitstop.vehicle.domain.VehicleAlreadyRegisteredException;
import nl.pitstop.vehicle.domain.VehicleRepository;

/**
 * Vehicles in the vehicle database, mapped by META-INF/orm.xml. License numbers are stored in
 * normal form, so the primary key makes them unique whatever the database's collation.
 */
@ApplicationScoped
public class JpaVehicleRepository implements VehicleRepository {

  @Inject EntityManager entityManager;

  @Override
  public void add(Vehicle vehicle) {
    if (entityManager.find(Vehicle.class, vehicle.licenseNumber()) != null) {
      throw new VehicleAlreadyRegisteredException(vehicle.licenseNumber());
    }
    try {
      entityManager.persist(vehicle);
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
  public List<Vehicle> all() {
    return entityManager.createNamedQuery("Vehicle.all", Vehicle.class).getResultList();
  }
}
