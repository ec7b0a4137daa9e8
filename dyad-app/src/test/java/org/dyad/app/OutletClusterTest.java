package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of the same events from different outlets (resources {@code outlets/}, written for this
 * test): both foreign ministries' releases of one telephone call, dated by each capital's own day;
 * the same minister's call with another country on the same day; two papers' reports of a state
 * visit, the talks held during it and a memorandum signed there, one paper dating the signing by
 * its own issue.
 */
class OutletClusterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Row(String type, String mode, String title, List<String> sources, List<String> why) {}

  private static List<Row> rows(String jsonl) throws Exception {
    List<Row> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      JsonNode e = JSON.readTree(line);
      List<String> sources = new ArrayList<>();
      e.get("sources").forEach(s -> sources.add(s.asText()));
      sources.sort(null);
      List<String> why = new ArrayList<>();
      e.path("joined_by").forEach(s -> why.add(s.asText()));
      out.add(new Row(e.get("type").asText(), e.get("mode").asText(), e.get("title").isNull() ? "" : e.get("title").asText(), sources, why));
    }
    return out;
  }

  private static List<List<String>> sources(List<Row> rows, String type, String mode) {
    return rows.stream().filter(r -> r.type().equals(type) && r.mode().equals(mode)).map(Row::sources).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
  }

  @Test
  void reportsFromTwoOutletsShareEveryEventBothCarryAndNothingElse() throws Exception {
    Path src = Path.of(OutletClusterTest.class.getResource("outlets").toURI());
    String db = dir.resolve("outlets.db").toString();
    Cli.Result r = Cli.run("ingest", "--db", db, "--threads", "2", src.toString());
    assertEquals(0, r.status(), r.err() + r.out());

    Cli.Result events = Cli.run("events", "--db", db, "--format", "jsonl", "--explain");
    assertEquals(0, events.status(), events.err());
    List<Row> rows = rows(events.out());
    // one call reported by both ministries, a day apart; the minister's other call of that day stays apart
    assertEquals(
        List.of(List.of("cl-mfa-call", "gh-mfa-call"), List.of("cl-mfa-kenya-call")), sources(rows, "CONSULT", "phone"), events.out());
    // the talks join the talks, not the visit during which they were held
    assertEquals(List.of(List.of("berlin-daily-visit", "santiago-times-visit")), sources(rows, "CONSULT", "meeting"), events.out());
    assertEquals(List.of(List.of("berlin-daily-visit")), sources(rows, "CONSULT", "visit"), events.out());
    List<Row> lithium = rows.stream().filter(x -> x.title().toLowerCase(Locale.ROOT).contains("lithium")).toList();
    assertEquals(1, lithium.size(), events.out());
    assertEquals(List.of("berlin-daily-visit", "santiago-times-visit"), lithium.get(0).sources());
    for (Row x : rows) {
      // every merge says why
      assertEquals(x.sources().size() - 1, x.why().size(), x.toString());
    }
    Row call = rows.stream().filter(x -> x.sources().contains("gh-mfa-call")).findFirst().orElseThrow();
    assertTrue(call.why().get(0).contains("same people: ") && call.why().get(0).contains("countries CHL-GHA"), call.why().toString());

    Cli.Result table = Cli.run("events", "--db", db, "--explain");
    assertTrue(table.out().contains(" joined ") && table.out().contains("same people: "), table.out());
    assertTrue(!Cli.run("events", "--db", db).out().contains(" joined "));
  }
}
