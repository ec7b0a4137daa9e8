/**
 * Dating: the document's reference date and the dates of the events it reports.
 *
 * <p>{@link org.dyad.dates.Dater} takes the date from a metadata prefix or from what the text
 * states for itself (a cable's date-time group, a publication line, a dateline, a byline or time
 * stamp); otherwise it infers the narrowest period from the terms of office of the officeholders
 * the text names with their titles (before the name or in apposition after it), from anniversaries
 * ("the 70th anniversary of diplomatic relations next year"), from partial dates ("on December 18",
 * a weekday with a day and month) that fit exactly one day of that period, and from a dated photo
 * with the lead's weekday. A period that no single year, month or day covers is printed as a range,
 * never as a year guessed inside it.
 *
 * <p>Event dates are resolved against the document date: relative expressions ("yesterday", "last
 * Sunday", "earlier this year", "the weekend"), spans of days ("from July 5 to 6", "29 June to 2
 * July") as ranges, the date of the trigger's own clause ({@link
 * org.dyad.dates.Dater#datesClauseOf}), and the date of an earlier sentence that a sentence refers
 * back to ("The ceremony was on ...", "Upon arrival, ..."). The text's own publication stamps date
 * the page, never an event ({@link org.dyad.dates.DocumentDate#isStamp}); a repost of a dated
 * release reads its relative dates against the release's day ({@link
 * org.dyad.dates.DocumentDate#release}).
 */
package org.dyad.dates;
