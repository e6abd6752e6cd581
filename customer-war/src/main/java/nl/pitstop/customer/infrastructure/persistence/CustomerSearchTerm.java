package nl.pitstop.customer.infrastructure.persistence;

import nl.pitstop.support.search.SearchTerm;

/**
 * A term a customer is found by: a word of their name, city or e-mail address, or the whole of one
 * (docs/adr/0019). Mapped by META-INF/orm.xml to {@code customer_search_term}.
 */
public class CustomerSearchTerm extends SearchTerm {

  protected CustomerSearchTerm() {}

  CustomerSearchTerm(String term, String customerId) {
    super(term, customerId);
  }
}
