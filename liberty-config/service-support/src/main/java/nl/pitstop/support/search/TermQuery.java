package nl.pitstop.support.search;

import jakarta.persistence.Query;
import java.util.List;

/**
 * The JPQL condition of a search by terms (docs/adr/0019): for each word, the item's id is among
 * the ids of the terms that start with it, which the database reads as a range of the term table's
 * key (term, id). The words are bound as parameters, never written into the query.
 */
public final class TermQuery {

  private TermQuery() {}

  /**
   * {@code " where <id> in (select t.owner from <termEntity> t where t.term like :word0 escape
   * '\')" and ...} for each word; empty for none.
   *
   * @param id the item's id in the query, e.g. {@code c.customerId}
   * @param termEntity the {@link SearchTerm} entity, e.g. {@code CustomerSearchTerm}
   */
  public static String where(String id, String termEntity, List<String> words) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      where.append(i == 0 ? " where " : " and ");
      where.append(id).append(" in (select t.owner from ");
      where.append(termEntity).append(" t where t.term like :word").append(i);
      where.append(" escape '\\')");
    }
    return where.toString();
  }

  /** Binds each word as the pattern of the terms that start with it. */
  public static <Q extends Query> Q bind(Q query, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("word" + i, SearchTerms.startingWith(words.get(i)));
    }
    return query;
  }
}
