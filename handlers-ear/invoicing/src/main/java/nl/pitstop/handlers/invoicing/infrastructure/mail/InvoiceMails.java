package nl.pitstop.handlers.invoicing.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pitstop.handlers.invoicing.application.InvoiceMailOutbox;
import nl.pitstop.handlers.mail.JpaMailOutbox;

/**
 * The outbox of invoice e-mails, in the {@code outgoing_mail} table of invoicing's database; its
 * inline banner is {@code /mail/banner.jpg} on this module's class path. Only its own types are
 * bean types, so that another handler's outbox is never ambiguous with it.
 */
@ApplicationScoped
@Typed({InvoiceMails.class, InvoiceMailOutbox.class})
public class InvoiceMails extends JpaMailOutbox implements InvoiceMailOutbox {

  @PersistenceContext(unitName = "invoicing")
  EntityManager entityManager;

  @Override
  protected EntityManager entityManager() {
    return entityManager;
  }

  @Override
  protected String kind() {
    return "invoice";
  }
}
