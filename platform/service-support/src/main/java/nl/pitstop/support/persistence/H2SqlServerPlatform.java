package nl.pitstop.support.persistence;

import org.eclipse.persistence.platform.database.SQLServerPlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink's SQL Server platform, talking to H2 in {@code MODE=MSSQLServer}.
 *
 * <p>Everything EclipseLink sends is the SQL it sends to SQL Server, except two things:
 *
 * <ul>
 *   <li>the query for the last identity value: H2 has no {@code @@IDENTITY}, but it does have SQL
 *       Server's {@code SCOPE_IDENTITY()}, which is also the more correct choice on SQL Server
 *       itself;
 *   <li>a pessimistic lock ({@code LockModeType.PESSIMISTIC_WRITE}): SQL Server's table hint {@code
 *       WITH (UPDLOCK)} is accepted by H2 and ignored, so it locked nothing, and two servers could
 *       both take the same row (the same mail sent by two handlers replicas); H2's own {@code FOR
 *       UPDATE}, after the WHERE clause, locks the rows read until the transaction ends.
 * </ul>
 */
public class H2SqlServerPlatform extends SQLServerPlatform {

  private static final long serialVersionUID = 1L;

  @Override
  public String getSelectForUpdateString() {
    return " FOR UPDATE";
  }

  @Override
  public String getSelectForUpdateNoWaitString() {
    return " FOR UPDATE NOWAIT";
  }

  @Override
  public boolean shouldPrintLockingClauseAfterWhereClause() {
    return true;
  }

  @Override
  public ValueReadQuery buildSelectQueryForIdentity() {
    return new ValueReadQuery("SELECT SCOPE_IDENTITY()");
  }
}
