package nl.pitstop.vehicle.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import nl.pitstop.support.persistence.DuplicateKeys;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.support.search.TermQuery;
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
  public List<Vehicle> search(List<String> words, String ownerId, int offset, int limit) {
    TypedQuery<Vehicle> query =
        entityManager.createQuery(
            "select v from Vehicle v" + where(words, ownerId) + " order by v.licenseNumber",
            Vehicle.class);
    return bind(query, words, ownerId).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(List<String> words, String ownerId) {
    return bind(
            entityManager.createQuery(
                "select count(v) from Vehicle v" + where(words, ownerId), Long.class),
            words,
            ownerId)
        .getSingleResult();
  }

  /** The words' terms, and the owner (an index of its own) when one is given. */
  private static String where(List<String> words, String ownerId) {
    String where = TermQuery.where("v.licenseNumber", "VehicleSearchTerm", words);
    if (ownerId == null) {
      return where;
    }
    return where + (where.isEmpty() ? " where " : " and ") + "v.ownerId = :ownerId";
  }

  private static <Q extends Query> Q bind(Q query, List<String> words, String ownerId) {
    TermQuery.bind(query, words);
    if (ownerId != null) {
      query.setParameter("ownerId", ownerId);
    }
    return query;
  }
}
