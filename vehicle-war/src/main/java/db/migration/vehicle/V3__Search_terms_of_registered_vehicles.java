package db.migration.vehicle;

import nl.pitstop.support.search.SearchTermBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 3: the search terms of the vehicles registered before version 2 (docs/adr/0019), made by
 * the same rule the service applies to a new vehicle. Java, because splitting into words is not
 * portable SQL.
 */
public class V3__Search_terms_of_registered_vehicles extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    SearchTermBackfill.fill(
        context.getConnection(),
        "SELECT license_number, license_number, brand, type FROM vehicle",
        "INSERT INTO vehicle_search_term (term, license_number) VALUES (?, ?)");
  }
}
