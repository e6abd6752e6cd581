package nl.pitstop.support.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a search by terms reads the database (docs/adr/0019), chosen by how many terms each word
 * starts. Every word is a range of the term table's key (term, id), and the database reads no more
 * of it than {@link #SELECTIVE} + 1 rows to tell a selective word from a common one:
 *
 * <ul>
 *   <li>When a word is selective (it starts at most {@value #SELECTIVE} terms), its items are the
 *       candidates; the other words keep those that also have their terms (the index on (id,
 *       term)), and the page and the total are read from at most that many items.
 *   <li>When every word is common, the items are read in the list's order (an index) and each is
 *       kept when it has a term for every word ({@link #exists}, the index on (id, term)): a page
 *       costs about its own size, where collecting every match first would read them all. The
 *       matches are counted up to {@link #COUNTED} ({@link #countUpTo}).
 * </ul>
 *
 * The words are bound as parameters, never written into a query.
 */
public final class TermSearch {

  /** The most terms a word may start and still be read whole as the candidates. */
  public static final int SELECTIVE = 1000;

  /**
   * The most matches of common words that are counted: beyond, the total is given as this many and
   * {@linkplain Total#capped() capped} ("more than 1,000"), because counting every match of a word
   * that most rows have would read them all for every page.
   */
  public static final int COUNTED = 1000;

  /** How many items a search found: exact, or at least {@code count} when capped. */
  public record Total(long count, boolean capped) {}

  /** A page of the items a search found, and how many it found in all. */
  public record Found<T>(List<T> items, Total total) {}

  /**
   * A page of the items of {@code type} (alias {@code x} in {@code order} and {@code filters}) that
   * have a term starting with every word (all for none) and match the filters, by the plan the
   * words call for.
   *
   * @param id the item's id attribute, e.g. {@code customerId}
   * @param termEntity the {@link SearchTerm} entity of the items, e.g. {@code CustomerSearchTerm}
   * @param order the list's order, an index, e.g. {@code x.name, x.customerId}
   * @param filters attributes that must equal a value, e.g. {@code ownerId}; none for null values
   */
  public static <T> Found<T> page(
      EntityManager entityManager,
      Class<T> type,
      String id,
      String termEntity,
      String order,
      Map<String, Object> filters,
      List<String> words,
      int offset,
      int limit) {
    Optional<Set<String>> matches =
        words.isEmpty() ? Optional.empty() : selectiveMatches(entityManager, termEntity, words);
    if (matches.isPresent() && matches.get().isEmpty()) {
      return new Found<>(List.of(), new Total(0, false));
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (matches.isPresent()) {
      conditions.add("x." + id + " in :ids");
      parameters.put("ids", matches.get());
    } else if (!words.isEmpty()) {
      conditions.add(exists("x." + id, termEntity, words));
      for (int i = 0; i < words.size(); i++) {
        parameters.put("word" + i, SearchTerms.startingWith(words.get(i)));
      }
    }
    filters.forEach(
        (attribute, value) -> {
          if (value != null) {
            conditions.add("x." + attribute + " = :" + attribute);
            parameters.put(attribute, value);
          }
        });
    String from =
        " from "
            + type.getSimpleName()
            + " x"
            + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    List<T> items =
        with(entityManager.createQuery("select x" + from + " order by " + order, type), parameters)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    Total total =
        matches.isEmpty() && !words.isEmpty()
            ? countUpTo(
                with(entityManager.createQuery("select x." + id + from, String.class), parameters))
            : new Total(
                with(entityManager.createQuery("select count(x)" + from, Long.class), parameters)
                    .getSingleResult(),
                false);
    return new Found<>(items, total);
  }

  private static <Q extends Query> Q with(Q query, Map<String, Object> parameters) {
    parameters.forEach(query::setParameter);
    return query;
  }

  private TermSearch() {}

  /**
   * The ids of the items that have a term starting with every word, when one of the words is
   * selective; nothing when every word is common. The rarest word's items are the candidates; each
   * other word keeps those that also have its terms.
   *
   * @param termEntity the {@link SearchTerm} entity, e.g. {@code CustomerSearchTerm}
   */
  private static Optional<Set<String>> selectiveMatches(
      EntityManager entityManager, String termEntity, List<String> words) {
    String rarest = null;
    List<String> candidates = null;
    for (String word : words) {
      List<String> owners =
          entityManager
              .createQuery(
                  "select t.owner from " + termEntity + " t where t.term like :word escape '\\'",
                  String.class)
              .setParameter("word", SearchTerms.startingWith(word))
              .setMaxResults(SELECTIVE + 1)
              .getResultList();
      if (owners.size() <= SELECTIVE && (candidates == null || owners.size() < candidates.size())) {
        rarest = word;
        candidates = owners;
      }
    }
    if (candidates == null) {
      return Optional.empty();
    }
    Set<String> matches = new LinkedHashSet<>(candidates);
    for (String word : words) {
      if (matches.isEmpty()) {
        break;
      }
      if (word.equals(rarest)) {
        continue;
      }
      matches =
          new LinkedHashSet<>(
              entityManager
                  .createQuery(
                      "select distinct t.owner from "
                          + termEntity
                          + " t where t.owner in :candidates and t.term like :word escape '\\'",
                      String.class)
                  .setParameter("candidates", matches)
                  .setParameter("word", SearchTerms.startingWith(word))
                  .getResultList());
    }
    return Optional.of(matches);
  }

  /**
   * {@code "exists (select t from <termEntity> t where t.owner = <id> and t.term like :word0 escape
   * '\') and ..."}, one for each word, its parameters {@code word0}, {@code word1}, ...
   *
   * @param id the item's id in the query, e.g. {@code c.customerId}
   */
  private static String exists(String id, String termEntity, List<String> words) {
    StringBuilder condition = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      condition.append(i == 0 ? "" : " and ");
      condition.append("exists (select t from ").append(termEntity).append(" t where t.owner = ");
      condition.append(id).append(" and t.term like :word").append(i).append(" escape '\\')");
    }
    return condition.toString();
  }

  /**
   * Counts the ids the query answers, up to {@link #COUNTED}; more are a capped total of {@link
   * #COUNTED}.
   */
  private static Total countUpTo(TypedQuery<String> ids) {
    int found = ids.setMaxResults(COUNTED + 1).getResultList().size();
    return found > COUNTED ? new Total(COUNTED, true) : new Total(found, false);
  }
}
