package nl.pitstop.webapp.support;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a search-as-you-type field offers (docs/adr/0019), for a form whose value is an item's key:
 * the items an API found for what was typed, and the label of every key offered, kept with the form
 * so that a form shown again shows the chosen item by its label. PrimeFaces' {@code autoComplete}
 * evaluates {@code itemValue} and {@code itemLabel} for each item offered and for the value chosen
 * (a key), so {@link #key} and {@link #label} take either.
 */
public final class Suggestions<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A key or a label of an item; serializable, as the form that keeps it is. */
  public interface Part<T> extends Function<T, String>, Serializable {}

  private final Class<T> type;
  private final Part<T> key;
  private final Part<T> label;
  private final Map<String, String> labels = new HashMap<>();

  public Suggestions(Class<T> type, Part<T> key, Part<T> label) {
    this.type = type;
    this.key = key;
    this.label = label;
  }

  /**
   * The items the search finds, remembered by key; none when the API refuses the search or is
   * offline (the form says what is wrong when it is sent).
   */
  public List<T> offer(Supplier<List<T>> search) {
    try {
      List<T> found = search.get();
      found.forEach(this::remember);
      return found;
    } catch (RuntimeException notASearchOrOffline) {
      return List.of();
    }
  }

  /** Remembers an item's label, e.g. the one a form starts with. */
  public void remember(T item) {
    labels.put(key.apply(item), label.apply(item));
  }

  /** An item offered, or a key chosen: the key. */
  public String key(Object itemOrKey) {
    return type.isInstance(itemOrKey) ? key.apply(type.cast(itemOrKey)) : (String) itemOrKey;
  }

  /** An item offered, or a key chosen: the label. */
  public String label(Object itemOrKey) {
    if (type.isInstance(itemOrKey)) {
      return label.apply(type.cast(itemOrKey));
    }
    return itemOrKey == null ? "" : labels.getOrDefault(itemOrKey, (String) itemOrKey);
  }
}
