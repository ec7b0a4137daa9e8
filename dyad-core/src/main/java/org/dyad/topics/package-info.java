/**
 * The topic stage: which subjects of the closed list (shared/spec/FORMAT.md, "Topics") a
 * document talks about.
 *
 * <p>{@link org.dyad.topics.TopicClassifier} matches the bundled lexicon {@code topics.tsv}
 * against the repaired text. Its promises:
 *
 * <ul>
 *   <li>only topics of the closed list come out, in the list's order, each at most once;
 *   <li>terms match whole words only ("port" never inside "support" or "passport"), case-blind
 *       except for acronyms, which match as written ("UN" but not "un"), with English plurals
 *       folded;
 *   <li>a longer term hides the shorter terms inside it, so "port call" is security and not
 *       infrastructure, and neutral terms (topic "-") such as "Port Moresby" hide words that
 *       would otherwise mislead;
 *   <li>the result depends on the text alone: no model, no locale, no randomness.
 * </ul>
 *
 * <p>The lexicon is written from the topic definitions and general diplomatic vocabulary, never
 * from particular documents; its header describes the format and the weighting.
 */
package org.dyad.topics;
