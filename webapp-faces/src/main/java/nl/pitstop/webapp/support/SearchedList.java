package nl.pitstop.webapp.support;

import java.util.List;
import java.util.Locale;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.Paged;

/**
 * An overview shown a page at a time, with a search, both in its address ({@code ?search=&page=},
 * docs/adr/0019): each request asks the API for one page only, so the page costs the same with ten
 * items or a hundred thousand; the address can be bookmarked and works without JavaScript. A search
 * the API refuses (too long, too many words) is said above the empty list.
 */
public abstract class SearchedList<T> {

  public static final int PAGE_SIZE = 25;

  private String search;
  private int page;
  private Paged<T> shown = new Paged<>(List.of(), 0, false);

  /** One page of what the search finds (everything for none). */
  protected abstract Paged<T> find(String search, int page, int size);

  /** View action. */
  public void load() {
    page = Math.max(0, page);
    search = search == null || search.isBlank() ? null : search.strip();
    try {
      shown = find(search, page, PAGE_SIZE);
    } catch (ApiException.Rejected rejected) {
      Messages.formError("Unable to search: " + rejected.problem().message());
    }
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public List<T> getItems() {
    return shown.items();
  }

  public long getTotal() {
    return shown.total();
  }

  /**
   * The total as the pager says it: "1,234", or "more than 1,000" when the API counted no further.
   */
  public String getTotalText() {
    return (shown.capped() ? "more than " : "") + String.format(Locale.ROOT, "%,d", shown.total());
  }

  public int getFirstShown() {
    return shown.items().isEmpty() ? 0 : page * PAGE_SIZE + 1;
  }

  public int getLastShown() {
    return page * PAGE_SIZE + shown.items().size();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < shown.total()
        || (shown.capped() && shown.items().size() == PAGE_SIZE);
  }
}
