package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Amount;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Precision;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad export} over a store filled with hand-made records (no language models needed). */
class ExportCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void fill() {
    db = dir.resolve("store.db").toString();
    String text = "The foreign ministers of Norway and Kenya spoke by telephone. Norway will give a grant of NOK 20 million.";
    Actor a = new Actor("Ola Nordmann", ActorKind.PERSON, "NOR", "Minister of Foreign Affairs", List.of());
    Actor b = new Actor("Jane Mwangi", ActorKind.PERSON, "KEN", "Cabinet Secretary", List.of());
    Event call = new Event(EventType.CONSULT, "phone", Status.OCCURRED, new DateValue("2024-02-01", Precision.DAY, null),
        List.of("Ola Nordmann", "Jane Mwangi"), List.of("NOR", "KEN"), List.of(), null, null, null, List.of(new Span(0, 62)));
    Event grant = new Event(EventType.AID, "grant", Status.PLANNED, null, List.of(), List.of("NOR"), List.of("KEN"), null,
        "fisheries research", new Amount(new BigDecimal("20000000"), "NOK", null), List.of(new Span(63, text.length())));
    ExtractionRecord r = new ExtractionRecord("oslo-nairobi", text, DateValue.ofDay(java.time.LocalDate.of(2024, 2, 1), Basis.STATED),
        List.of(a, b), List.of(call, grant), List.of("agriculture"), List.of());
    try (Store s = Store.open(db)) {
      s.put(r, "oslo-nairobi.txt", Store.contentHash(text.getBytes(StandardCharsets.UTF_8)), false);
    }
  }

  @Test
  void everyFormatWritesOneRowPerEvent() {
    for (String f : new String[] {"jsonl", "gdelt", "plover"}) {
      Cli.Result r = Cli.run("export", "--db", db, "--format", f);
      assertEquals(0, r.status(), f + ": " + r.err());
      assertEquals(2, r.out().strip().split("\n").length, f + ":\n" + r.out());
    }
    Cli.Result csv = Cli.run("export", "--db", db, "--format", "csv");
    assertEquals(0, csv.status(), csv.err());
    assertEquals(3, csv.out().strip().split("\r?\n").length, "header and two rows:\n" + csv.out());
    for (String row : Cli.run("export", "--db", db, "--format", "gdelt").out().strip().split("\n")) {
      assertEquals(61, row.split("\t", -1).length, row);
    }
    assertTrue(Cli.run("export", "--db", db, "--format", "jsonl").out().contains("\"sources\":[\"oslo-nairobi\"]"));
  }

  @Test
  void outputFileIsWrittenWhole() throws Exception {
    Path out = dir.resolve("events.tsv");
    Cli.Result r = Cli.run("export", "--db", db, "--format", "gdelt", "--output", out.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(2, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
    }
  }

  @Test
  void badFormatAndMissingStoreAreClearErrors() {
    Cli.Result bad = Cli.run("export", "--db", db, "--format", "xml");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("xml"), bad.err());
    Cli.Result missing = Cli.run("export", "--db", dir.resolve("nothing.db").toString(), "--format", "csv");
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("no store here"), missing.err());
  }
}
