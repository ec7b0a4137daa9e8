package org.dyad.store;

/**
 * A document that matches a full-text query.
 *
 * @param doc the document id
 * @param source where the document came from (its path when ingested)
 * @param date the document's date, or {@code null}
 * @param score relevance, higher is better (only comparable within one result list)
 * @param snippet a passage of the text with the matching words between {@code [} and {@code ]}
 */
public record SearchHit(String doc, String source, String date, double score, String snippet) {}
