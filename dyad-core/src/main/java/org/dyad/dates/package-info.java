/**
 * Dating: the document's reference date and the dates of the events it reports.
 *
 * <p>{@link org.dyad.dates.Dater} takes the date from a metadata prefix or a dateline when the text
 * states one; otherwise it infers the narrowest period from the terms of office of the officeholders
 * the text names with their titles, from anniversaries ("the 70th anniversary of diplomatic
 * relations next year") and from partial dates ("on December 18") that fit exactly one day of that
 * period. Relative expressions ("Oct. 21", "yesterday", "next year") are resolved against the
 * document date.
 */
package org.dyad.dates;
