package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.json.RecordJson;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest, events, search and actors on a small corpus written for it: both foreign ministries'
 * reports of one telephone call (one dating it "yesterday"), a call between other ministers of the
 * same two countries on the same day, two newspapers' reports of two memorandums signed at one
 * ceremony, and an unrelated meeting.
 */
class IngestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The corpus, with part of it in a subdirectory, so that ingest must recurse. */
  private Path corpus() throws IOException, URISyntaxException {
    Path src = Path.of(IngestCommandTest.class.getResource("cluster").toURI());
    Path root = Files.createDirectories(dir.resolve("corpus"));
    Path sub = Files.createDirectories(root.resolve("papers"));
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        Files.copy(f, (name.contains("signing") ? sub : root).resolve(name));
      }
    }
    Files.writeString(root.resolve(".hidden.txt"), "not a document", StandardCharsets.UTF_8);
    return root;
  }

  /** Each event as "TYPE mode first-participant-or-title" with its sorted sources. */
  private static Map<String, List<String>> clusters(String jsonl) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    for (String line : jsonl.split("\n")) {
      JsonNode e = JSON.readTree(line);
      String what = e.get("title").isNull() ? e.get("participants").get(0).asText() : e.get("title").asText();
      String key = e.get("type").asText() + " " + e.get("mode").asText() + " " + e.get("date").get("value").asText() + " " + what;
      List<String> sources = new ArrayList<>();
      e.get("sources").forEach(s -> sources.add(s.asText()));
      sources.sort(null);
      out.put(key, sources);
    }
    return out;
  }

  @Test
  void corpusClustersExactlyAndIngestIsIdempotent() throws Exception {
    Path corpus = corpus();
    String db = dir.resolve("store/dyad.db").toString();
    Cli.Result r = Cli.run("ingest", "--db", db, "--threads", "2", corpus.toString());
    assertEquals(0, r.status(), r.err() + r.out());
    assertTrue(r.out().startsWith("6 documents: 6 stored, 0 skipped (already stored), 0 failed;"), r.out());
    assertTrue(r.out().contains(": 6 documents, 8 event reports in 5 events"), r.out());

    Cli.Result events = Cli.run("events", "--db", db, "--format", "jsonl");
    assertEquals(0, events.status(), events.err());
    Map<String, List<String>> expected = new TreeMap<>();
    expected.put("CONSULT phone 2031-02-11 Sok Vanna", List.of("jp-mofa-call", "kh-mfa-call"));
    expected.put("CONSULT phone 2031-02-11 Chea Dara", List.of("kh-defence-call"));
    expected.put("AGREE mou 2031-04-03 Memorandum of Understanding on Copper Mining Cooperation", List.of("hanoi-daily-signing", "santiago-paper-signing"));
    expected.put("AGREE mou 2031-04-03 Memorandum of Understanding on Wine Trade Promotion", List.of("hanoi-daily-signing", "santiago-paper-signing"));
    expected.put("CONSULT meeting 2031-05-19 Kwame Asante", List.of("accra-meeting"));
    Map<String, List<String>> got = clusters(events.out());
    // the first participant depends on which ministry's report was stored first
    Map<String, List<String>> normalized = new TreeMap<>();
    got.forEach((k, v) -> normalized.put(k.replace("Haruto Mori", "Sok Vanna").replace("Kenta Ishida", "Chea Dara"), v));
    assertEquals(expected, normalized);

    Cli.Result again = Cli.run("ingest", "--db", db, corpus.toString());
    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().startsWith("6 documents: 0 stored, 6 skipped (already stored), 0 failed;"), again.out());
    Cli.Result forced = Cli.run("ingest", "--db", db, "--force", corpus.resolve("kh-mfa-call.txt").toString());
    assertTrue(forced.out().startsWith("1 documents: 1 stored, 0 skipped"), forced.out());
    assertEquals(normalizedClusters(Cli.run("events", "--db", db, "--format", "jsonl").out()), normalized);
  }

  private static Map<String, List<String>> normalizedClusters(String jsonl) throws IOException {
    Map<String, List<String>> normalized = new TreeMap<>();
    clusters(jsonl).forEach((k, v) -> normalized.put(k.replace("Haruto Mori", "Sok Vanna").replace("Kenta Ishida", "Chea Dara"), v));
    return normalized;
  }

  @Test
  void queriesFromTheCommandLine() throws Exception {
    Path corpus = corpus();
    String db = dir.resolve("q.db").toString();
    assertEquals(0, Cli.run("ingest", "--db", db, corpus.toString()).status());

    Cli.Result both = Cli.run("events", "--db", db, "--countries", "khm,JPN", "--format", "csv");
    assertEquals(0, both.status(), both.err());
    String[] lines = both.out().split("\n");
    assertEquals(3, lines.length, both.out());
    assertTrue(lines[0].startsWith("id,type,mode,status,date,"), lines[0]);
    assertEquals(2, Cli.run("events", "--db", db, "--type", "agree", "--format", "jsonl").out().split("\n").length);
    assertEquals(1, Cli.run("events", "--db", db, "--actor", "ishida", "--format", "jsonl").out().split("\n").length);
    assertEquals("", Cli.run("events", "--db", db, "--from", "2031-06-01", "--format", "jsonl").out());
    Cli.Result table = Cli.run("events", "--db", db, "--to", "2031-03-01");
    assertTrue(table.out().startsWith("ID ") && table.out().endsWith("2 events\n"), table.out());
    Cli.Result badDate = Cli.run("events", "--db", db, "--from", "2031-13-01");
    assertEquals(Main.USAGE, badDate.status(), badDate.err());
    Cli.Result badCountry = Cli.run("events", "--db", db, "--countries", "Japan");
    assertEquals(Main.USAGE, badCountry.status());
    assertTrue(badCountry.err().contains("not an ISO 3166-1 alpha-3 code"), badCountry.err());

    Cli.Result search = Cli.run("search", "--db", db, "mine", "clearance");
    assertEquals(0, search.status(), search.err());
    assertTrue(search.out().startsWith("1. jp-mofa-call (2031-02-12) score "), search.out());
    assertTrue(search.out().contains("[mine] [clearance]"), search.out());
    assertEquals("no document matches\n", Cli.run("search", "--db", db, "volcano").out());

    Cli.Result actors = Cli.run("actors", "--db", db, "--country", "KHM");
    assertEquals(0, actors.status(), actors.err());
    assertTrue(actors.out().matches("(?s).*Sok Vanna +person +KHM +Minister of Foreign Affairs +2 +1\n.*"), actors.out());

    Cli.Result none = Cli.run("events", "--db", dir.resolve("nothing.db").toString());
    assertEquals(Main.FAILURE, none.status());
    assertTrue(none.err().contains("no store here"), none.err());
    assertTrue(Files.notExists(dir.resolve("nothing.db")));
  }

  @Test
  void failedDocumentsAreReportedWithTheirReasons() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Path good = Files.writeString(dir.resolve("good.txt"), "Lima, 2 June 2031. Peru and Bolivia held talks on water.\n", StandardCharsets.UTF_8);
    String db = dir.resolve("f.db").toString();
    Cli.Result r = Cli.run("ingest", "--db", db, empty.toString(), dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(Main.FAILURE, r.status());
    assertTrue(r.out().startsWith("3 documents: 1 stored, 0 skipped (already stored), 2 failed;"), r.out());
    assertTrue(r.out().contains("failed:\n  " + empty + ": empty file\n  " + dir.resolve("missing.txt") + ": no such file or directory\n"), r.out());
    assertTrue(r.err().contains(empty + ": empty file"), r.err());
    assertEquals(Main.USAGE, Cli.run("ingest", "--db", db, "--threads", "0", good.toString()).status());
  }

  @Test
  void feedsAreIngestedOneDocumentPerRecord() throws Exception {
    Path feed =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            "{\"id\": \"lima\", \"text\": \"Lima, 2 June 2031. Peru and Bolivia held talks on water.\"}\n"
                + "{\"id\": \"quito\", \"text\": \"Quito, 3 June 2031. Ecuador and Colombia held talks on trade.\"}\n"
                + "{\"id\": \"bad\"}\n",
            StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("ingest", "--db", dir.resolve("feed.db").toString(), feed.toString());
    assertEquals(Main.FAILURE, r.status(), r.err());
    assertTrue(r.out().startsWith("3 documents: 2 stored, 0 skipped (already stored), 1 failed;"), r.out());
    assertTrue(r.out().contains("failed:\n  " + feed + ": line 3: no \"text\" field (a string)\n"), r.out());
  }

  /** The ingest shares one extractor between threads: concurrent calls must give the same records. */
  @Test
  void extractorGivesTheSameRecordsConcurrently() throws Exception {
    Path src = Path.of(IngestCommandTest.class.getResource("cluster").toURI());
    List<RawDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.sorted().toList()) {
        docs.add(new RawDocument(f.getFileName().toString(), f.toString(), Files.readAllBytes(f)));
      }
    }
    Extractor x = Extractors.shared(ExtractorConfig.defaults());
    List<String> sequential = new ArrayList<>();
    for (RawDocument d : docs) {
      sequential.add(RecordJson.toLine(x.extract(d)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> parallel = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (RawDocument d : docs) {
          parallel.add(pool.submit(() -> RecordJson.toLine(x.extract(d))));
        }
      }
      for (int i = 0; i < parallel.size(); i++) {
        assertEquals(sequential.get(i % docs.size()), parallel.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
