package nl.pitstop.support.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms a record is found by, and the words of a search. A field's terms are, in lower case and
 * at most {@link #MAX_LENGTH} characters: its whole value, its parts between white space and
 * {@code @}, and its words (split at anything but letters and digits). "Jan van Jansen" is found by
 * "jans", "van j" and "jan van"; "jan@example.com" by "jan@ex", "example.com" and "com"; "AB-12-CD"
 * by "ab-1" and "cd". A search's words are what the user typed, split at white space; a record
 * matches when each word starts one of its terms.
 */
public final class SearchTerms {

  /** The length of the term column; longer terms and words are cut to it. */
  public static final int MAX_LENGTH = 100;

  /** The most characters a search may have. */
  public static final int MAX_SEARCH_LENGTH = 100;

  /** The most words a search may have. */
  public static final int MAX_WORDS = 5;

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern PART_SEPARATORS = Pattern.compile("[\\s@]+");

  private SearchTerms() {}

  /** The terms of a record with these searchable field values (nulls are skipped). */
  public static Set<String> of(String... values) {
    Set<String> terms = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null) {
        continue;
      }
      String whole = WHITE_SPACE.matcher(lower(value)).replaceAll(" ").strip();
      add(terms, whole);
      for (String part : PART_SEPARATORS.split(whole)) {
        add(terms, part);
      }
      for (String word : WORD_SEPARATORS.split(whole)) {
        add(terms, word);
      }
    }
    return terms;
  }

  /**
   * The words of a search, in lower case; none for a blank or absent search.
   *
   * @throws IllegalArgumentException when it is longer than {@link #MAX_SEARCH_LENGTH} characters
   *     or has more than {@link #MAX_WORDS} words
   */
  public static List<String> words(String search) {
    if (search == null || search.isBlank()) {
      return List.of();
    }
    if (search.length() > MAX_SEARCH_LENGTH) {
      throw new IllegalArgumentException(
          "search may be at most " + MAX_SEARCH_LENGTH + " characters long");
    }
    List<String> words = new ArrayList<>();
    for (String word : WHITE_SPACE.split(lower(search).strip())) {
      if (!word.isEmpty() && !words.contains(cut(word))) {
        words.add(cut(word));
      }
    }
    if (words.size() > MAX_WORDS) {
      throw new IllegalArgumentException("search may have at most " + MAX_WORDS + " words");
    }
    return words;
  }

  /**
   * The {@code LIKE} pattern of the terms that start with this word, with {@code \} as the escape
   * character: the user's {@code %}, {@code _} and {@code \} match only themselves.
   */
  public static String startingWith(String word) {
    StringBuilder pattern = new StringBuilder(word.length() + 1);
    for (char c : word.toCharArray()) {
      if (c == '%' || c == '_' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  private static void add(Set<String> terms, String term) {
    if (!term.isEmpty()) {
      terms.add(cut(term));
    }
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String cut(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
  }
}
