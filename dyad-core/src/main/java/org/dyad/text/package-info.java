/**
 * Text repair, the first stage of the pipeline: turns crawled or PDF-extracted text into clean
 * running text that later stages can tokenise and point into with character spans.
 *
 * <p>{@link org.dyad.text.TextRepairer} is the entry point; {@link org.dyad.text.RepairedText}
 * its result. Repair promises to (shared/spec/FORMAT.md, "Text repair"):
 *
 * <ul>
 *   <li>join words broken by a line break when the joined form is a known word (bundled SCOWL
 *       English list, or a word used elsewhere in the same document) and the pieces are not both
 *       words on their own; resolve end-of-line hyphenation the same way;
 *   <li>join lines broken mid-sentence with one space, keeping paragraph breaks, headings and list
 *       items on their own lines;
 *   <li>remove page furniture (contact footers, page numbers, separator lines, repeated running
 *       heads) only where it interrupts a sentence, and read the sentence through;
 *   <li>in typewritten cables, remove page headers, classification lines and declassification
 *       stamps wherever they stand after the first content ({@code Cable}), read
 *       full-width capital lines as wrapped prose, and join a word hyphenated across lines when
 *       the joined form is a word or one typing slip from one;
 *   <li>remove web interface debris lines (share buttons, cookie notices, logo labels, image
 *       file names, photo credits; {@code WebDebris}), split words glued at a tag
 *       boundary and close a stray space inside a word ({@code GluedWords});
 *   <li>list every removal, with its span in the raw text ({@link org.dyad.text.Repair});
 *   <li>lift a metadata prefix ({@code "date 2020-10-22"}, {@code "Published: 22 October 2020"}) at
 *       the very start of the document out of the text into an ISO date;
 *   <li>keep every other character, in every script, and never change case or spelling.
 * </ul>
 *
 * <p>Line breaks are normalised to LF, spaces at line ends dropped, no-break spaces made plain
 * spaces, soft hyphens removed, and blank-line runs collapsed to one blank line. Repair is linear
 * in the input length and depends on nothing else in Dyad.
 */
package org.dyad.text;
