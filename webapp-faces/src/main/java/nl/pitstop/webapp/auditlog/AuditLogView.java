package nl.pitstop.webapp.auditlog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.AuditLogApi.Entry;
import nl.pitstop.webapp.client.Paged;
import nl.pitstop.webapp.support.Messages;

/**
 * "Audit Log - overview": the events, newest first, filtered by type, aggregate and a date range.
 * The filter lives in the address ({@code ?types=A,B&aggregateId=&from=&to=&page=}), so a filtered
 * view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class AuditLogView {

  static final int PAGE_SIZE = 25;

  /** The event types Pitstop publishes, from the shared contract. */
  static final List<String> TYPES = IntegrationEvent.messageTypes();

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  @Inject AuditLog auditLog;

  private List<String> selectedTypes = new ArrayList<>();
  private String aggregateId;
  private String from;
  private String to;
  private int page;
  private Paged<Entry> found = new Paged<>(List.of(), 0, false);

  /** View action; a filter the API refuses (e.g. not a date) is said above the table. */
  public void load() {
    page = Math.max(0, page);
    try {
      found =
          auditLog.find(
              new AuditLog.Filter(
                  selectedTypes, blankToNull(aggregateId), blankToNull(from), blankToNull(to)),
              page,
              PAGE_SIZE);
    } catch (ApiException.Rejected rejected) {
      Messages.formError("Unable to filter: " + rejected.getMessage());
    }
  }

  /** The filter form's button: the same page, filtered, from its first page. */
  public String filter() {
    page = 0;
    return "/auditlog/index.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public List<String> getAllTypes() {
    return TYPES;
  }

  public List<Entry> getEntries() {
    return found.items();
  }

  public long getTotal() {
    return found.total();
  }

  public int getFirstShown() {
    return found.items().isEmpty() ? 0 : page * PAGE_SIZE + 1;
  }

  public int getLastShown() {
    return page * PAGE_SIZE + found.items().size();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < found.total();
  }

  /** The event as indented JSON. */
  public String json(JsonValue event) {
    if (event == null) {
      return "";
    }
    StringWriter out = new StringWriter();
    try (JsonWriter writer = PRETTY.createWriter(out)) {
      writer.write(event);
    }
    return out.toString().trim();
  }

  /** The types as one view parameter, {@code A,B}. */
  public String getTypes() {
    return String.join(",", selectedTypes);
  }

  public void setTypes(String types) {
    selectedTypes =
        types == null || types.isBlank()
            ? new ArrayList<>()
            : new ArrayList<>(
                Arrays.stream(types.split(","))
                    .map(String::trim)
                    .filter(t -> !t.isEmpty())
                    .toList());
  }

  public List<String> getSelectedTypes() {
    return selectedTypes;
  }

  public void setSelectedTypes(List<String> selectedTypes) {
    this.selectedTypes = selectedTypes == null ? new ArrayList<>() : new ArrayList<>(selectedTypes);
  }

  public String getAggregateId() {
    return aggregateId;
  }

  public void setAggregateId(String aggregateId) {
    this.aggregateId = aggregateId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
