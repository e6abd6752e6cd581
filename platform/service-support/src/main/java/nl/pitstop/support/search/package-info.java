/**
 * Searching by words with an index (docs/adr/0019): the words of a record's searchable fields are
 * kept in a search-term table next to it (one row per word, indexed), and a search matches the
 * records that have, for every word the user typed, a term that starts with it.
 */
package nl.pitstop.support.search;
