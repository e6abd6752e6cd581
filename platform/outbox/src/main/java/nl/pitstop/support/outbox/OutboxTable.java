package nl.pitstop.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The {@code outbox_message} table: published messages are deleted. */
@ApplicationScoped
public class OutboxTable implements OutboxStore {

  @Inject EntityManager entityManager;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claim() {
    return RelayClaims.claim(entityManager, "outbox_message");
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<OutboxEntry> oldest(int max) {
    return entityManager
        .createNamedQuery("OutboxMessage.oldestFirst", OutboxMessage.class)
        .setMaxResults(max)
        .getResultStream()
        .map(
            message ->
                new OutboxEntry(
                    message.position(),
                    message.messageId(),
                    message.messageType(),
                    message.aggregateId(),
                    message.payload(),
                    message.traceparent()))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void published(List<OutboxEntry> entries) {
    entityManager
        .createNamedQuery("OutboxMessage.delete")
        .setParameter("positions", entries.stream().map(OutboxEntry::position).toList())
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return entityManager.createNamedQuery("OutboxMessage.count", Long.class).getSingleResult();
  }
}
