package nl.pitstop.handlers.auditlog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** The audit log: every event, of any type, exactly once. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "auditlog")
  EntityManager entityManager;

  /**
   * Records the event unless an event with the same message id was recorded before (redelivery).
   *
   * @return whether it was new
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean record(AuditEntry entry) {
    boolean seen =
        !entityManager
            .createQuery("select e.position from AuditEntry e where e.messageId = :id", Long.class)
            .setParameter("id", entry.messageId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (seen) {
      return false;
    }
    entityManager.persist(entry);
    return true;
  }

  /** The entries that match the query, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> newestFirst(AuditQuery query, int offset, int limit) {
    return parameters(
            entityManager.createQuery(
                "select e from AuditEntry e" + where(query) + " order by e.position desc",
                AuditEntry.class),
            query)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many entries match the query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(AuditQuery query) {
    return parameters(
            entityManager.createQuery(
                "select count(e) from AuditEntry e" + where(query), Long.class),
            query)
        .getSingleResult();
  }

  private static String where(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    if (!query.types().isEmpty()) {
      conditions.add("e.messageType in :types");
    }
    query.aggregateId().ifPresent(id -> conditions.add("e.aggregateId = :aggregateId"));
    query.from().ifPresent(from -> conditions.add("e.eventTime >= :from"));
    query.to().ifPresent(to -> conditions.add("e.eventTime < :to"));
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static <T> TypedQuery<T> parameters(TypedQuery<T> typed, AuditQuery query) {
    if (!query.types().isEmpty()) {
      typed.setParameter("types", query.types());
    }
    query.aggregateId().ifPresent(id -> typed.setParameter("aggregateId", id));
    query.from().ifPresent(from -> typed.setParameter("from", from));
    query.to().ifPresent(to -> typed.setParameter("to", to));
    return typed;
  }
}
