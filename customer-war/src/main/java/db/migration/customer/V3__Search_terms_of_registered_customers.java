package db.migration.customer;

import nl.pitstop.support.search.SearchTermBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 3: the search terms of the customers registered before version 2 (docs/adr/0019), made by
 * the same rule the service applies to a new customer. Java, because splitting into words is not
 * portable SQL.
 */
public class V3__Search_terms_of_registered_customers extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    SearchTermBackfill.fill(
        context.getConnection(),
        "SELECT customer_id, name, city, email_address FROM customer",
        "INSERT INTO customer_search_term (term, customer_id) VALUES (?, ?)");
  }
}
