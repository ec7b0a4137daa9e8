/**
 * The extraction record and its parts, as immutable records validated at construction.
 *
 * <p>The shapes follow the interchange format (shared/spec/FORMAT.md, version 1): an
 * {@link org.dyad.model.ExtractionRecord} per document, holding {@link org.dyad.model.Actor}s,
 * {@link org.dyad.model.Event}s with {@link org.dyad.model.Span} evidence into the repaired text,
 * and a document {@link org.dyad.model.DateValue}. This package depends on nothing else in Dyad.
 *
 * <p>The records are {@link java.io.Serializable} so that a cluster (dyad-spark) can move them
 * between machines; deserialization goes through the canonical constructors, which validate again.
 */
package org.dyad.model;
