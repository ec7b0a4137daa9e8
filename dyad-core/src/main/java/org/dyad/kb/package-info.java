/**
 * General knowledge that ships with Dyad, behind {@link org.dyad.kb.KnowledgeBase}: countries
 * (ISO codes, names, demonyms, capitals and major cities), honorifics, heads of state and of
 * government and foreign ministers with their terms of office, founding years of relations (for
 * "the 70th anniversary of ..."), the chairs and hosts of recurring bodies by year (for "hosting
 * the ASEAN Summit next year") and well-known organizations.
 *
 * <p>The facts live in small, reviewed, tab-separated UTF-8 files under
 * {@code src/main/resources/org/dyad/kb/}, one fact per line, each file headed by a comment that
 * says where its facts come from and what its columns mean. They are read once
 * ({@link org.dyad.kb.KnowledgeBase#standard()}) and validated as a whole: a malformed line, an
 * unknown country code, a term that ends before it starts, or a name that would point to two
 * countries fails loading with an {@link java.lang.IllegalStateException} naming the file and the
 * line. Fixing a fact means editing one line of data, never code.
 *
 * <p>Promises: lookups never throw on unknown input (they return empty); returned lists and records
 * are immutable; a {@code null} country on an {@link org.dyad.kb.Officeholder} means an office of
 * the European Union; anniversaries and organizations use the keys {@code ASEAN} and {@code EU}
 * where a party is not a country.
 */
package org.dyad.kb;
