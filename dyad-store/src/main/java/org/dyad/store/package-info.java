/**
 * The knowledge store: every ingested document with its extraction record, its actors, and its
 * events clustered across documents, so that each real-world event appears once with all the
 * documents that report it.
 *
 * <p>{@link org.dyad.store.Store} is the entry point. It runs on an embedded SQLite file or on
 * PostgreSQL with one schema, versioned by migrations under {@code db/migration}. It promises
 * that a document is written whole or not at all (one transaction per document, so a killed
 * ingest leaves no partial document), that a document is stored once per content hash, and that
 * two events from one document are never merged. Query results are immutable records.
 */
package org.dyad.store;
