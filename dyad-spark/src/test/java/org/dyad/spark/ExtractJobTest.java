package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.json.RecordJson;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;
import org.dyad.read.Feeds;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Runs the job once with {@code local[2]} on a small corpus written here (a text file, a JSON
 * Lines feed, a WARC file and bad inputs: an empty file, a binary one, a Markdown file, two bad
 * feed lines), and compares its output with {@link Extractor} and
 * the store on the same documents.
 */
class ExtractJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CALL_A =
      "Seoul, 14 May 2024 - Foreign Minister Cho Tae-yul of the Republic of Korea spoke by telephone on Tuesday with"
          + " Japanese Foreign Minister Yoko Kamikawa. The two ministers agreed to keep working closely on the situation"
          + " on the Korean Peninsula and to prepare for a summit later this year.\n";
  private static final String CALL_B =
      "Tokyo, May 14, 2024 - Japan's Foreign Minister Yoko Kamikawa held a phone call with her South Korean counterpart"
          + " Cho Tae-yul on Tuesday. Kamikawa said the two countries would stay in close contact on North Korea.";
  private static final String GRANT =
      "Oslo, 2 April 2024 - Norway will give Mozambique a grant of 50 million Norwegian kroner for clean energy in rural"
          + " areas, the Norwegian Ministry of Foreign Affairs said on Tuesday.";

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path corpus;
  private static Path out;
  private static ExtractJob.Summary summary;
  private static double seconds;

  @BeforeAll
  static void runJob() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("call-a.txt"), CALL_A, StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("wires.jsonl"),
        line(Map.of("id", "call-b", "text", CALL_B, "date", "2024-05-14", "url", "https://example.org/call-b")) + "\n"
            + "{\"id\": \"no-text\", \"title\": \"a record without text\"}\n"
            + "not json at all\n",
        StandardCharsets.UTF_8);
    writeWarc(corpus.resolve("crawl.warc"), "<html><head><title>Grant</title></head><body><p>" + GRANT + "</p></body></html>");
    Files.writeString(corpus.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notes.md"), "# Notes\n\nNot an article.\n", StandardCharsets.UTF_8);
    Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
    out = tmp.resolve("out");

    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dyad-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    long start = System.nanoTime();
    summary = ExtractJob.run(spark, JobConfig.parse(corpus.toUri().toString(), out.toUri().toString()));
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(String.format(Locale.ROOT, "ExtractJobTest: job ran in %.1f s: %s", seconds, summary));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The corpus as dyad extract reads it, extracted directly, in the order the store gets it. */
  private static List<Direct> direct() throws IOException {
    Extractor x = Extractor.create(ExtractorConfig.defaults());
    List<Direct> docs = new ArrayList<>();
    for (String name : List.of("call-a.txt", "wires.jsonl", "crawl.warc")) {
      Path f = corpus.resolve(name);
      try {
        Feeds.each(f, Corpus.id(name), f.toString(), 4_000_004L, e -> {
          if (e.doc() != null) {
            docs.add(new Direct(e.doc(), x.extract(e.doc())));
          }
        });
      } catch (Exception e) {
        throw new AssertionError(name + ": " + e, e);
      }
    }
    docs.sort(Comparator.comparing((Direct d) -> d.record().doc()));
    return docs;
  }

  private record Direct(RawDocument doc, ExtractionRecord record) {}

  @Test
  void eventsAreThoseOfTheExtractor() throws IOException {
    Map<String, List<String>> expected = new TreeMap<>();
    for (Direct d : direct()) {
      List<String> events = new ArrayList<>();
      d.record().events().forEach(e -> events.add(RecordJson.line(RecordJson.event(e))));
      expected.put(d.record().doc(), events);
    }
    Map<String, List<String>> actual = new TreeMap<>();
    for (String doc : expected.keySet()) {
      actual.put(doc, new ArrayList<>());
    }
    List<Row> rows = spark.read().parquet(out.resolve("events").toString()).orderBy("doc", "ordinal").collectAsList();
    for (Row r : rows) {
      actual.computeIfAbsent(r.getString(r.fieldIndex("doc")), k -> new ArrayList<>()).add(r.getString(r.fieldIndex("event")));
    }
    assertEquals(expected, actual);
    assertTrue(rows.size() >= 3, "a phone call reported twice and a grant: " + rows);
    assertEquals(rows.size(), summary.events());

    // the records are those of the extractor, line for line but for where they were read from
    Map<String, JsonNode> records = new TreeMap<>();
    for (String l : lines(out.resolve("records"))) {
      JsonNode n = JSON.readTree(l);
      records.put(n.get("doc").asText(), n);
    }
    assertEquals(expected.keySet(), records.keySet());
    for (Direct d : direct()) {
      assertEquals(RecordJson.toTree(d.record()), records.get(d.record().doc()), d.record().doc());
    }
  }

  @Test
  void clustersAreThoseOfTheStore() throws IOException {
    List<String> expected = new ArrayList<>();
    try (Store store = Store.open(tmp.resolve("direct").resolve("store.db").toString())) {
      for (Direct d : direct()) {
        store.put(d.record(), d.doc().source(), Store.contentHash(d.doc().bytes()), false);
      }
      for (StoredEvent e : store.events(EventQuery.all())) {
        expected.add(e.sources() + " " + RecordJson.line(RecordJson.event(e.event())));
      }
    }
    List<String> actual = new ArrayList<>();
    boolean callJoined = false;
    for (String l : lines(out.resolve("clusters"))) {
      ObjectNode n = (ObjectNode) JSON.readTree(l);
      List<String> sources = new ArrayList<>();
      n.get("sources").forEach(s -> sources.add(s.asText()));
      assertTrue(n.get("id").isIntegralNumber() && n.get("joined_by").isArray(), l);
      n.remove(List.of("id", "sources", "joined_by"));
      actual.add(sources + " " + RecordJson.line(n));
      callJoined |= sources.equals(List.of("call-a", "call-b")) && n.get("type").asText().equals("CONSULT");
    }
    assertEquals(expected, actual);
    assertTrue(callJoined, "two reports of one phone call are one event: " + actual);
    assertEquals(actual.size(), summary.clusters());
    // the store written with the output holds the same events
    try (Store store = Store.open(out.resolve("store.db").toString())) {
      assertEquals(actual.size(), store.events(EventQuery.all()).size());
      assertEquals(3, store.stats().documents());
    }
  }

  @Test
  void badInputsAreRejectedWithTheirReason() throws IOException {
    Map<String, String> rejects = new TreeMap<>();
    for (String l : lines(out.resolve("rejects"))) {
      JsonNode n = JSON.readTree(l);
      rejects.put(n.get("source").asText().replaceFirst("^.*/", ""), n.get("reason").asText());
    }
    assertEquals(5, rejects.size(), rejects.toString());
    assertEquals(Corpus.SKIPPED, rejects.get("notes.md"));
    assertEquals("empty file", rejects.get("empty.txt"));
    assertTrue(rejects.get("wires.jsonl: line 2").contains("no \"text\" field"), rejects.toString());
    assertTrue(rejects.get("wires.jsonl: line 3").contains("not a JSON object"), rejects.toString());
    assertTrue(rejects.containsKey("binary.txt"), rejects.toString());
    assertEquals(new ExtractJob.Summary(3, 5, summary.events(), summary.clusters()), summary);
  }

  @Test
  void unknownFlagsAndExistingOutputsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("--partition", "2", "in", "out"));
    assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("--set", "max-char=10", "in", "out"));
    assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("in"));
    assertEquals(2, JobConfig.parse("--partitions", "2", "a", "b", "out").inputs().size());
    assertThrows(
        IllegalArgumentException.class, () -> ExtractJob.run(spark, JobConfig.parse(corpus.toString(), out.toString())));
  }

  private static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
      }
    }
    return out;
  }

  private static String line(Map<String, String> fields) {
    return RecordJson.line(JSON.valueToTree(new TreeMap<>(fields)));
  }

  private static void writeWarc(Path file, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] http = new byte[head.length + body.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    try (WarcWriter w =
        new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
      w.write(new WarcResponse.Builder(URI.create("https://example.org/grant")).body(MediaType.HTTP_RESPONSE, http).build());
    }
  }
}
