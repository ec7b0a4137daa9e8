package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential test: random gold files and records (seeded, invented names), scored by the Java
 * scorer and by {@code shared/eval/score.py}; the printed reports must be identical. Skipped when
 * score.py or python3 is not at hand (found as {@code shared/eval/score.py} beside an ancestor of
 * the working directory, or {@code -Ddyad.score.py=PATH}).
 */
class ScorePyParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] PERSONS = {
    "Tomas Verhoeven", "Ana Pereira", "A. K. Osei", "Chen Jun", "Li Wei", "Ines Duarte", "Kwame Mensah", "Nguyen Thi Lan"
  };
  private static final String[] HONORIFICS = {"H.E. ", "H. E. ", "Mr. ", "Dr. ", "Her Excellency ", "Deputy Prime Minister ", ""};
  private static final String[] COUNTRIES = {"NLD", "SWE", "GHA", "CHN", "PRT", "VNM", "KOR"};
  private static final String[] TYPES = {"CONSULT", "CONSULT", "AGREE", "AID", "ENDORSE"};
  private static final String[] WORDS = {
    "agreement", "on", "the", "visa", "exemption", "memorandum", "of", "understanding", "offshore", "wind", "energy",
    "flood", "warning", "system", "rescue", "boats", "cooperation", "Project", "for", "coast", "guard"
  };
  private static final String[] TOPICS = {"energy", "health", "water", "digital", "disaster"};
  private static final String[] PHRASES = {
    "the ministers met in Accra", "page 2 of 3", "Tel: +31 70 000", "signed a memorandum", "date 2031-05-14"
  };
  private static final String[] SPACES = {" ", "  ", "\n", "\t", "\u00a0", " \n "};

  private final Random rnd = new Random();

  private static Path scorePy() {
    String p = System.getProperty("dyad.score.py");
    if (p != null) {
      return Path.of(p);
    }
    for (Path a = Path.of("").toAbsolutePath(); a != null; a = a.getParent()) {
      Path c = a.resolve("shared/eval/score.py");
      if (Files.isRegularFile(c)) {
        return c;
      }
    }
    return null;
  }

  private <T> T pick(T[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private String variant(String name) {
    String n = name;
    switch (rnd.nextInt(5)) {
      case 0 -> {
        String[] t = n.split(" ");
        n = t[t.length - 1].toUpperCase(Locale.ROOT) + " " + String.join(" ", List.of(t).subList(0, t.length - 1));
      }
      case 1 -> n = n.replace("A. K.", "AK");
      case 2 -> n = n.replace("e", "ee");
      default -> { }
    }
    return pick(HONORIFICS) + n;
  }

  private JsonNode date(boolean gold) {
    ObjectNode d = JSON.createObjectNode();
    int kind = rnd.nextInt(gold ? 8 : 11);
    if (kind >= 8) {
      // a record's range (format 1.1): in order, inverted, or with month bounds
      d.putNull("value");
      d.put("precision", "range");
      String a = String.format(Locale.ROOT, "2031-0%d-%02d", 1 + rnd.nextInt(6), 1 + rnd.nextInt(28));
      String b = String.format(Locale.ROOT, "2031-0%d-%02d", 1 + rnd.nextInt(6), 1 + rnd.nextInt(28));
      switch (kind) {
        case 8 -> d.putArray("range").add(a.compareTo(b) <= 0 ? a : b).add(a.compareTo(b) <= 0 ? b : a);
        case 9 -> d.putArray("range").add(a).add(b);
        default -> d.putArray("range").add("2031-0" + (1 + rnd.nextInt(6))).add("2031-0" + (1 + rnd.nextInt(6)));
      }
      return d;
    }
    switch (kind) {
      case 0 -> { return JSON.nullNode(); }
      case 1 -> d.put("value", "2031");
      case 2 -> d.put("value", "2031-0" + (1 + rnd.nextInt(6)));
      case 3, 4 -> d.put("value", String.format(Locale.ROOT, "2031-0%d-%02d", 1 + rnd.nextInt(6), 1 + rnd.nextInt(28)));
      case 5 -> d.put("value", "May 2031");
      case 6 -> d.put("value", 2031);
      default -> d.putArray("range").add("2031-02-01").add("2031-05-31");
    }
    return d;
  }

  private String words(int n) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add(pick(WORDS));
    }
    return String.join(" ", w);
  }

  private ArrayNode countries() {
    ArrayNode a = JSON.createArrayNode();
    for (int i = rnd.nextInt(3); i >= 0; i--) {
      a.add(pick(COUNTRIES));
    }
    return a;
  }

  private ObjectNode event(boolean gold, List<String> persons) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", pick(TYPES));
    e.set("date", date(gold));
    ArrayNode p = e.putArray("participants");
    for (int i = rnd.nextInt(3); i > 0; i--) {
      String n = persons.get(rnd.nextInt(persons.size()));
      p.add(gold ? n : variant(n));
    }
    if (rnd.nextInt(3) == 0) {
      e.put("title", words(1 + rnd.nextInt(5)));
    }
    if (rnd.nextInt(3) == 0) {
      ObjectNode a = e.putObject("amount");
      long v = 1_000_000L * (1 + rnd.nextInt(3));
      switch (gold ? 0 : rnd.nextInt(4)) {
        case 0 -> a.put("value", v);
        case 1 -> a.put("value", Long.toString(v + v / 200));
        case 2 -> a.put("value", v * 1.02);
        default -> a.put("value", "about " + v);
      }
      a.put("currency", rnd.nextBoolean() ? "EUR" : "USD");
    }
    if (gold) {
      e.set("countries", countries());
      if (rnd.nextInt(4) == 0) {
        e.put("optional", true);
      }
      if (rnd.nextInt(4) == 0) {
        e.put("min_match", 1);
      }
    } else {
      e.set("source", countries());
      e.set("target", rnd.nextBoolean() ? countries() : JSON.createArrayNode());
      e.put("status", "occurred");
    }
    return e;
  }

  private String text() {
    StringBuilder sb = new StringBuilder();
    for (int i = rnd.nextInt(4); i > 0; i--) {
      sb.append(pick(PHRASES).replace(" ", pick(SPACES))).append(pick(SPACES));
    }
    return sb.toString();
  }

  private ObjectNode gold(String doc) {
    ObjectNode g = JSON.createObjectNode();
    g.put("doc", doc);
    g.set("date", date(true));
    List<String> persons = new ArrayList<>();
    ArrayNode actors = g.putArray("actors");
    for (int i = rnd.nextInt(4); i >= 0; i--) {
      String n = pick(PERSONS);
      persons.add(n);
      ObjectNode a = actors.addObject().put("name", n).put("kind", rnd.nextInt(5) == 0 ? "organization" : "person");
      a.put("country", pick(COUNTRIES));
      if (rnd.nextBoolean()) {
        a.putArray("also").add(n.toUpperCase(Locale.ROOT));
      }
      if (rnd.nextInt(5) == 0) {
        a.put("optional", true);
      }
    }
    ArrayNode events = g.putArray("events");
    for (int i = rnd.nextInt(5); i > 0; i--) {
      events.add(event(true, persons));
    }
    ArrayNode topics = g.putArray("topics");
    for (int i = rnd.nextInt(3); i > 0; i--) {
      topics.add(pick(TOPICS));
    }
    ObjectNode checks = g.putObject("text_checks");
    checks.putArray("contains").add(pick(PHRASES));
    checks.putArray("absent").add(pick(PHRASES));
    return g;
  }

  private ObjectNode record(String doc, JsonNode gold) {
    ObjectNode r = JSON.createObjectNode();
    r.put("doc", doc);
    r.put("text", text());
    r.set("date", date(false));
    List<String> persons = new ArrayList<>();
    gold.get("actors").forEach(a -> persons.add(a.get("name").asText()));
    persons.add(pick(PERSONS));
    ArrayNode actors = r.putArray("actors");
    for (int i = rnd.nextInt(5); i > 0; i--) {
      actors.addObject().put("name", variant(persons.get(rnd.nextInt(persons.size())))).put("kind", "person").put("country", pick(COUNTRIES));
    }
    ArrayNode events = r.putArray("events");
    for (int i = rnd.nextInt(6); i > 0; i--) {
      events.add(event(false, persons));
    }
    ArrayNode topics = r.putArray("topics");
    for (int i = rnd.nextInt(3); i > 0; i--) {
      topics.add(pick(TOPICS));
    }
    return r;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void sameReportAsScorePy(long seed, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path py = scorePy();
    assumeTrue(py != null, "shared/eval/score.py not found");
    rnd.setSeed(seed);
    Path goldDir = Files.createDirectories(dir.resolve("gold"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      String doc = String.format(Locale.ROOT, "doc%02d", i);
      ObjectNode g = gold(doc);
      Files.writeString(goldDir.resolve(doc + ".json"), JSON.writeValueAsString(g), StandardCharsets.UTF_8);
      if (rnd.nextInt(8) != 0) {
        jsonl.append(JSON.writeValueAsString(record(doc, g))).append('\n');
      }
    }
    Path recs = Files.writeString(dir.resolve("records.jsonl"), jsonl, StandardCharsets.UTF_8);
    String expected = runPython(py, goldDir, recs);
    String actual = Scorer.score(Scorer.readGoldDir(goldDir), Scorer.parseRecords(jsonl.toString())).format();
    assertEquals(expected, actual, "seed " + seed + ", files in " + dir);
  }

  private static String runPython(Path py, Path gold, Path recs) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("python3", py.toString(), gold.toString(), recs.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 not runnable: " + e.getMessage());
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
