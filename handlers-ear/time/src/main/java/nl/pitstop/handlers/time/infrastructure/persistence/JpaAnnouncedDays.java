package nl.pitstop.handlers.time.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import nl.pitstop.handlers.time.application.AnnouncedDay;
import nl.pitstop.handlers.time.application.AnnouncedDays;

/** The {@code announced_day} table. */
@ApplicationScoped
public class JpaAnnouncedDays implements AnnouncedDays {

  @PersistenceContext(unitName = "time")
  EntityManager entityManager;

  @Override
  public Optional<LocalDate> last() {
    return Optional.ofNullable(
        entityManager
            .createQuery("select max(d.day) from AnnouncedDay d", LocalDate.class)
            .getSingleResult());
  }

  @Override
  public boolean contains(LocalDate day) {
    return entityManager.find(AnnouncedDay.class, day) != null;
  }

  @Override
  public void add(AnnouncedDay day) {
    entityManager.persist(day);
    // Insert now: a replica that recorded the same day fails here, before anything is sent.
    entityManager.flush();
  }
}
