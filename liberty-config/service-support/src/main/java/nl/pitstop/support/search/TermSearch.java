package nl.pitstop.support.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashSet;
import java.util.List;
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

  private TermSearch() {}

  /**
   * The ids of the items that have a term starting with every word, when one of the words is
   * selective; nothing when every word is common.
   *
   * @param termEntity the {@link SearchTerm} entity, e.g. {@code CustomerSearchTerm}
   */
  public static Optional<Set<String>> selectiveMatches(
      EntityManager entityManager, String termEntity, List<String> words) {
    Set<String> rarest = null;
    for (String word : words) {
      List<String> owners =
          entityManager
              .createQuery(
                  "select t.owner from " + termEntity + " t where t.term like :word escape '\\'",
                  String.class)
              .setParameter("word", SearchTerms.startingWith(word))
              .setMaxResults(SELECTIVE + 1)
              .getResultList();
      if (owners.size() <= SELECTIVE && (rarest == null || owners.size() < rarest.size())) {
        rarest = new LinkedHashSet<>(owners);
      }
    }
    if (rarest == null) {
      return Optional.empty();
    }
    Set<String> matches = rarest;
    for (String word : words) {
      if (matches.isEmpty()) {
        break;
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
   * '\') and ..."}, one for each word; bind them with {@link #bind}.
   *
   * @param id the item's id in the query, e.g. {@code c.customerId}
   */
  public static String exists(String id, String termEntity, List<String> words) {
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
  public static Total countUpTo(TypedQuery<String> ids) {
    int found = ids.setMaxResults(COUNTED + 1).getResultList().size();
    return found > COUNTED ? new Total(COUNTED, true) : new Total(found, false);
  }

  /** Binds each word of {@link #exists} as the pattern of the terms that start with it. */
  public static <Q extends Query> Q bind(Q query, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("word" + i, SearchTerms.startingWith(words.get(i)));
    }
    return query;
  }
}
