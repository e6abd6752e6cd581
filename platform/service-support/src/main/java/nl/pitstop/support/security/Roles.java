package nl.pitstop.support.security;

/**
 * The roles of Pitstop's staff (docs/adr/0011), as the groups claim of a staff token carries them
 * and {@code @RolesAllowed} checks them.
 */
public final class Roles {

  /** Office staff: customers, vehicles, planning jobs. */
  public static final String OFFICE = "office";

  /** Mechanics: the planning (read), finishing jobs. */
  public static final String MECHANIC = "mechanic";

  /** Administrators: the audit log, invoices, announcing a day. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
