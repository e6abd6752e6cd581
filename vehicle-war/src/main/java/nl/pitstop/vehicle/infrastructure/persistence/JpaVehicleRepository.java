package nl.pitstop.vehicle.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private static final String ORDER = " order by v.licenseNumber";

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
    Optional<Set<String>> matches =
        words.isEmpty()
            ? Optional.empty()
            : TermSearch.selectiveMatches(entityManager, "VehicleSearchTerm", words);
    if (matches.isPresent() && matches.get().isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<String> conditions = new ArrayList<>();
    if (matches.isPresent()) {
      conditions.add("v.licenseNumber in :ids");
    } else if (!words.isEmpty()) {
      conditions.add(TermSearch.exists("v.licenseNumber", "VehicleSearchTerm", words));
    }
    if (ownerId != null) {
      conditions.add("v.ownerId = :ownerId");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    List<Vehicle> vehicles =
        bind(
                entityManager.createQuery("select v from Vehicle v" + where + ORDER, Vehicle.class),
                matches,
                words,
                ownerId)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    if (matches.isEmpty() && !words.isEmpty()) {
      TermSearch.Total total =
          TermSearch.countUpTo(
              bind(
                  entityManager.createQuery(
                      "select v.licenseNumber from Vehicle v" + where, String.class),
                  matches,
                  words,
                  ownerId));
      return new Page(vehicles, total.count(), total.capped());
    }
    long total =
        bind(
                entityManager.createQuery("select count(v) from Vehicle v" + where, Long.class),
                matches,
                words,
                ownerId)
            .getSingleResult();
    return new Page(vehicles, total);
  }

  /** Binds what the condition names: the candidates or the words, and the owner. */
  private static <Q extends Query> Q bind(
      Q query, Optional<Set<String>> matches, List<String> words, String ownerId) {
    if (matches.isPresent()) {
      query.setParameter("ids", matches.get());
    } else {
      TermSearch.bind(query, words);
    }
    if (ownerId != null) {
      query.setParameter("ownerId", ownerId);
    }
    return query;
  }
}
