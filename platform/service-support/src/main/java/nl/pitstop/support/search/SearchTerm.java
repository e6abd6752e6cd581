package nl.pitstop.support.search;

import java.io.Serializable;
import java.util.Objects;

/**
 * One term an item is found by (docs/adr/0019), and the id of that item ({@code owner}). Each
 * service maps a subclass to its term table in its orm.xml: this class as a mapped superclass with
 * the id class {@link Key}, the owner's column by an attribute override. The table's key (term,
 * owner) is the index a search reads.
 */
public abstract class SearchTerm {

  private String term;
  private String owner;

  protected SearchTerm() {}

  protected SearchTerm(String term, String owner) {
    this.term = term;
    this.owner = owner;
  }

  public String term() {
    return term;
  }

  public String owner() {
    return owner;
  }

  /** The key of a term: the term and its item's id. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String term;
    private String owner;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(term, key.term)
          && Objects.equals(owner, key.owner);
    }

    @Override
    public int hashCode() {
      return Objects.hash(term, owner);
    }
  }
}
