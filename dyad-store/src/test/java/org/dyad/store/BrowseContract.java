package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** What {@link Browse} reads, whatever database the store runs on; subclasses say where. */
abstract class BrowseContract {
  /** A location for a new, empty store. */
  abstract String newDb() throws Exception;

  @Test
  void documentsPagedWithTheirEventsAndRecord() throws Exception {
    try (Store s = StoreContract.filled(newDb())) {
      Browse b = new Browse(s);
      Browse.Page<Browse.DocumentRow> all = b.documents(10, 0);
      assertEquals(3, all.total());
      assertEquals(List.of("peru-c", "jordan-b", "korea-a"), all.items().stream().map(Browse.DocumentRow::doc).toList(), "latest dated first");
      assertEquals(3, all.items().get(2).events());
      assertTrue(all.items().get(2).headline().startsWith("Seoul, 4 March 2025."), all.items().get(2).headline());
      assertEquals(1, b.documents(1, 1).items().size());
      Browse.StoredDocument a = b.document("korea-a").orElseThrow();
      assertEquals(3, a.eventIds().size());
      assertTrue(a.record().contains("\"doc\":\"korea-a\""));
      assertEquals("korea-a", b.documentWithHash(StoreContract.hash(StoreContract.docA())).orElseThrow());
      assertTrue(b.document("nothing").isEmpty());
    }
  }

  @Test
  void anEventWithEachReportAndItsEvidence() throws Exception {
    try (Store s = StoreContract.filled(newDb())) {
      Browse b = new Browse(s);
      long call = b.document("jordan-b").orElseThrow().eventIds().get(0);
      Browse.EventDetail d = b.event(call).orElseThrow();
      assertEquals(List.of("korea-a", "jordan-b"), d.event().sources());
      assertEquals(2, d.reports().size());
      assertEquals("Amma", d.reports().get(1).evidence().get(0).text(), "the stored text of the span");
      assertTrue(d.reports().get(1).joinedBy().startsWith("korea-a: "), d.reports().get(1).joinedBy());
      assertEquals(List.of(call), b.events(List.of(call, 999_999L)).stream().map(StoredEvent::id).toList());
      assertTrue(b.event(999_999L).isEmpty());
    }
  }

  @Test
  void actorsWithOfficesEventsAndDocuments() throws Exception {
    try (Store s = StoreContract.filled(newDb())) {
      Browse b = new Browse(s);
      List<Browse.ActorRow> rows = b.actors();
      assertFalse(rows.isEmpty());
      long id = b.actorId("omar HADDAD").orElseThrow();
      Browse.ActorDetail omar = b.actor(id).orElseThrow();
      assertEquals("Omar Haddad", omar.actor().name());
      assertEquals(List.of("Foreign Minister", "Minister of Foreign Affairs"), omar.offices().stream().map(Browse.Office::title).toList());
      assertNull(omar.offices().get(0).first(), "these documents are undated");
      assertEquals(1, omar.events().size(), "one call, reported twice");
      assertEquals(2, omar.documents().size());
      assertTrue(b.actorId("Nobody At All").isEmpty());
      assertTrue(b.topics(List.of(omar.events().get(0).id())).containsKey("diplomacy"));
      assertEquals(2, b.topics(List.of(omar.events().get(0).id())).get("diplomacy"));
    }
  }

  @Test
  void searchPassagesWithMarks() throws Exception {
    try (Store s = StoreContract.filled(newDb())) {
      List<Browse.Passage> hits = new Browse(s).search("memorandum water", 10, 0);
      assertEquals(2, hits.size());
      for (Browse.Passage p : hits) {
        assertFalse(p.marks().isEmpty(), p.toString());
        for (Span m : p.marks()) {
          String w = p.passage().substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
          assertTrue(w.startsWith("memorand") || w.startsWith("water"), w + " in " + p.passage());
        }
      }
      assertEquals(1, new Browse(s).search("memorandum water", 10, 1).size(), "offset");
      assertTrue(new Browse(s).search("  ", 10, 0).isEmpty());
    }
  }

  @Test
  void markersBecomeSpans() {
    Browse.Passage p = Browse.passage("d", "s", null, 1, "A \u0002b\u0003  [c]\n\u0002dd\u0003");
    assertEquals("A b [c] dd", p.passage());
    assertEquals(List.of(new Span(2, 3), new Span(8, 10)), p.marks());
  }
}
