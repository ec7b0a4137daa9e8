package org.dyad.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import org.dyad.json.RecordJson;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;

/**
 * Clusters the corpus's events on the driver by putting the records into a Dyad store, one after
 * another, exactly as {@code dyad ingest} does: the rules are the store's own ({@code Clusterer}
 * with the store's choice among candidates, an undated report's join of the one dated event its
 * document's days fit included, whichever of the two comes first), and the store is itself an
 * output.
 */
final class Clusters {
  private Clusters() {}

  /**
   * Puts every record into the store (a document already stored with the same content is kept,
   * as {@code dyad ingest} without {@code --force} does) and returns the store's events.
   *
   * @param outcomes the extracted documents, in the order they are to be stored
   */
  static List<StoredEvent> build(Store store, Iterator<Outcome> outcomes) {
    while (outcomes.hasNext()) {
      Outcome o = outcomes.next();
      store.put(o.record(), o.source(), o.hash(), false);
    }
    return store.events(EventQuery.all());
  }

  /**
   * One cluster as a line of JSON, as {@code dyad events --format jsonl --explain} writes it: the
   * merged event in the record's event shape, plus the store's {@code id}, the {@code sources}
   * (document ids, first report first) and {@code joined_by} (why each later report joined).
   */
  static String line(StoredEvent e) {
    ObjectNode o = RecordJson.event(e.event());
    o.put("id", e.id());
    e.sources().forEach(o.putArray("sources")::add);
    e.joinedBy().forEach(o.putArray("joined_by")::add);
    return RecordJson.line(o);
  }
}
