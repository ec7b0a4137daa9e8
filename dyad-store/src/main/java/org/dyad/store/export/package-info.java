/**
 * Exports of the store's clustered events, behind {@link org.dyad.store.export.Exporter}: Dyad's
 * JSON lines and CSV, the GDELT 2.0 event table with CAMEO codes, and PLOVER JSON records.
 *
 * <p>The exports read only {@link org.dyad.store.StoredEvent}s and the model records, plus a lookup
 * from participant names to {@link org.dyad.model.Actor}s for countries and offices, and the
 * bundled knowledge base for country names and the country of a city. docs/EXPORTS.md at the
 * repository root holds every column and the mapping tables from Dyad's types, modes and statuses
 * to CAMEO codes, Goldstein scores, QuadClasses and PLOVER categories.
 *
 * <p>Promises: output depends only on the events, in their order, and the lookup (no clock, no
 * locale); every GDELT row has exactly 61 tab-separated fields, none containing a tab or line
 * break; CSV follows RFC 4180; every JSON record is one line.
 */
package org.dyad.store.export;
