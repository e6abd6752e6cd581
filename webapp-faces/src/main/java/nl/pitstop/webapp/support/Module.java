package nl.pitstop.webapp.support;

import java.util.Arrays;
import java.util.Optional;

/**
 * The modules of the web app, by the folder of their views. When a module's API is offline, the
 * module shows its offline page; the other modules keep working.
 */
public enum Module {
  CUSTOMER("/customers/", "Customer Management", "customer management"),
  VEHICLE("/vehicles/", "Vehicle Management", "vehicle management"),
  WORKSHOP("/workshop/", "Workshop Management", "workshop management"),
  INVOICING("/invoices/", "Invoices", "invoicing"),
  AUDIT_LOG("/auditlog/", "Audit Log", "audit log");

  private final String folder;
  private final String title;
  private final String name;

  Module(String folder, String title, String name) {
    this.folder = folder;
    this.title = title;
    this.name = name;
  }

  /** The module a view belongs to, by its folder. */
  public static Optional<Module> ofView(String viewId) {
    return viewId == null
        ? Optional.empty()
        : Arrays.stream(values()).filter(m -> viewId.startsWith(m.folder)).findFirst();
  }

  /** The view of its overview. */
  public String home() {
    return folder + "index.xhtml";
  }

  /** The heading of its pages, e.g. "Customer Management". */
  public String title() {
    return title;
  }

  /** The heading of its offline page, as the original's. */
  public String offlineTitle() {
    return title + " - offline";
  }

  /** The text of its offline page, as the original's. */
  public String offlineText() {
    return "Unfortunately the " + name + " module is offline at the moment. Try again soon.";
  }
}
