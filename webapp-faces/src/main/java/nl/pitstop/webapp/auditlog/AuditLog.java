package nl.pitstop.webapp.auditlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import nl.pitstop.webapp.client.AuditLogApi;
import nl.pitstop.webapp.client.AuditLogApi.Entry;
import nl.pitstop.webapp.client.Paged;
import nl.pitstop.webapp.support.Api;
import nl.pitstop.webapp.support.ApiCalls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The handlers' audit log API, called fault-tolerantly. */
@ApplicationScoped
public class AuditLog {

  private static final GenericType<List<Entry>> ENTRIES = new GenericType<>() {};

  @Inject @RestClient AuditLogApi api;
  @Inject ApiCalls calls;

  /**
   * The filter; empty values do not filter. Dates are {@code yyyy-MM-dd} (UTC), {@code to}
   * exclusive.
   */
  public record Filter(List<String> types, String aggregateId, String from, String to) {}

  /** One page of matching entries, newest first, and how many match in all. */
  public Paged<Entry> find(Filter filter, int page, int size) {
    return calls.read(
        Api.HANDLERS,
        () ->
            Paged.of(
                api.entries(
                    filter.types(), filter.aggregateId(), filter.from(), filter.to(), page, size),
                ENTRIES));
  }
}
