package nl.pitstop.handlers.auditlog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

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
  @Transactional(Transactional.TxType.MANDATORY)
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

  /** Entries newest first, optionally of one message type. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> newestFirst(Optional<String> messageType, int offset, int limit) {
    TypedQuery<AuditEntry> query =
        messageType
            .map(
                type ->
                    entityManager
                        .createQuery(
                            "select e from AuditEntry e where e.messageType = :type"
                                + " order by e.position desc",
                            AuditEntry.class)
                        .setParameter("type", type))
            .orElseGet(
                () ->
                    entityManager.createQuery(
                        "select e from AuditEntry e order by e.position desc", AuditEntry.class));
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }
}
