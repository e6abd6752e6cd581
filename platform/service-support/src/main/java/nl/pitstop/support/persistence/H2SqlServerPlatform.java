package nl.pitstop.support.persistence;

import org.eclipse.persistence.platform.database.SQLServerPlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink's SQL Server platform, talking to H2 in {@code MODE=MSSQLServer}.
 *
 * <p>Everything EclipseLink sends is the SQL it sends to SQL Server, except the query for the last
 * identity value: H2 has no {@code @@IDENTITY}, but it does have SQL Server's {@code
 * SCOPE_IDENTITY()}, which is also the more correct choice on SQL Server itself.
 */
public class H2SqlServerPlatform extends SQLServerPlatform {

  private static final long serialVersionUID = 1L;

  @Override
  public ValueReadQuery buildSelectQueryForIdentity() {
    return new ValueReadQuery("SELECT SCOPE_IDENTITY()");
  }
}
