package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API in-process on a random port, over a store of hand-made records. */
class ApiTest {
  private static final ObjectMapper M = new ObjectMapper();

  @TempDir static Path dir;
  private static WebServer server;
  private static Fixtures.Client client;

  @BeforeAll
  static void start() {
    server = Fixtures.start(dir, Fixtures.options(dir));
    client = new Fixtures.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = client.get(path);
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return M.readTree(r.body());
  }

  private JsonNode json(String path) throws Exception {
    return json(path, 200);
  }

  private static void assertError(JsonNode n, int status, String inMessage) {
    assertEquals(status, n.path("error").path("status").asInt(), n.toString());
    assertTrue(n.path("error").path("message").asText().contains(inMessage), n.toString());
  }

  @Test
  void statusCountsTheStore() throws Exception {
    JsonNode s = json("/api/status");
    assertEquals(3, s.get("documents").asInt());
    assertEquals(5, s.get("reports").asInt());
    assertEquals(4, s.get("events").asInt(), "the readout's call joined the first document's call");
    assertTrue(s.get("extractor").asText().startsWith("not loaded"), s.toString());
  }

  @Test
  void documentsArePagedLatestFirst() throws Exception {
    JsonNode all = json("/api/documents");
    assertEquals(3, all.get("total").asInt());
    assertEquals("lima-quito-mou", all.get("items").get(0).get("doc").asText());
    String headline = all.get("items").get(0).get("headline").asText();
    assertTrue(headline.startsWith("Lima, 15 March 2024 - Peru and Ecuador signed") && headline.endsWith("…") && headline.length() == 160, headline);
    JsonNode page = json("/api/documents?limit=1&offset=2");
    assertEquals(1, page.get("items").size());
    assertEquals(3, page.get("total").asInt());
    assertError(json("/api/documents?limit=0", 400), 400, "limit");
    assertError(json("/api/documents?offset=-1", 400), 400, "offset");
  }

  @Test
  void oneDocumentHasItsRecordAndStoredEvents() throws Exception {
    JsonNode d = json("/api/documents/oslo-nairobi-call");
    assertEquals(Fixtures.CALL_TEXT, d.get("record").get("text").asText());
    assertEquals(2, d.get("event_ids").size());
    assertEquals("a warning a reader should check", d.get("record").get("warnings").get(0).asText());
    assertTrue(d.get("raw_text").isNull(), "no original file for a hand-made record");
    assertTrue(d.get("raw_text_note").asText().contains("not available"));
    long call = d.get("event_ids").get(0).asLong();
    JsonNode e = json("/api/events/" + call);
    assertEquals(List.of("oslo-nairobi-call", "nairobi-readout"), strings(e.get("sources")));
    assertError(json("/api/documents/no-such-doc", 404), 404, "no-such-doc");
  }

  @Test
  void eventsTakeTheFiltersOfTheCommandLine() throws Exception {
    assertEquals(4, json("/api/events").get("total").asInt());
    assertEquals(1, json("/api/events?type=AID").get("total").asInt());
    assertEquals(1, json("/api/events?type=aid&status=planned").get("total").asInt());
    assertEquals(0, json("/api/events?type=AID&status=occurred").get("total").asInt());
    assertEquals(2, json("/api/events?countries=NOR,KEN").get("total").asInt());
    assertEquals(2, json("/api/events?from=2024-03-01").get("total").asInt());
    assertEquals(2, json("/api/events?to=2024-02-28").get("total").asInt());
    assertEquals(1, json("/api/events?actor=mwangi").get("total").asInt());
    assertEquals(2, json("/api/events?topic=energy").get("total").asInt());
    JsonNode latest = json("/api/events?sort=-date&limit=1");
    assertEquals("2024-03-15", latest.get("items").get(0).get("date").get("value").asText());
    assertEquals(1, latest.get("items").size());
    JsonNode most = json("/api/events?sort=-sources&limit=1");
    assertEquals(2, most.get("items").get(0).get("sources").size());
    assertError(json("/api/events?type=HUG", 400), 400, "HUG");
    assertError(json("/api/events?from=yesterday", 400), 400, "YYYY-MM-DD");
    assertError(json("/api/events?countries=Norway", 400), 400, "alpha-3");
    assertError(json("/api/events?from=2024-05-01&to=2024-01-01", 400), 400, "after");
    assertError(json("/api/events?sort=size", 400), 400, "sort");
    assertError(json("/api/events?status=maybe", 400), 400, "status");
  }

  @Test
  void oneEventHasEveryReportWithItsEvidence() throws Exception {
    long id = json("/api/events?type=CONSULT&countries=NOR").get("items").get(0).get("id").asLong();
    JsonNode e = json("/api/events/" + id);
    assertEquals("phone", e.get("mode").asText());
    JsonNode reports = e.get("reports");
    assertEquals(2, reports.size());
    assertEquals("nairobi-readout", reports.get(1).get("doc").asText());
    JsonNode ev = reports.get(1).get("evidence").get(0);
    assertEquals("Jane Mwangi held a telephone conversation with Ola Nordmann", ev.get("text").asText());
    assertEquals(ev.get("text").asText(), Fixtures.READOUT_TEXT.substring(ev.get("start").asInt(), ev.get("end").asInt()));
    assertTrue(reports.get(1).get("joined_by").asText().contains("oslo-nairobi-call"), reports.toString());
    assertError(json("/api/events/99999", 404), 404, "99999");
    assertError(json("/api/events/abc", 404), 404, "abc");
  }

  @Test
  void actorsByIdAndByName() throws Exception {
    JsonNode list = json("/api/actors?kind=person");
    assertEquals(4, list.get("total").asInt());
    assertEquals(1, json("/api/actors?country=PER").get("total").asInt());
    JsonNode jane = json("/api/actors/" + "Jane%20Mwangi");
    assertEquals("KEN", jane.get("country").asText());
    assertEquals("Cabinet Secretary", jane.get("offices").get(0).get("title").asText());
    assertEquals(2, jane.get("offices").get(0).get("documents").asInt());
    assertEquals(1, jane.get("event_list").size(), "one call, told by two documents");
    assertEquals(2, jane.get("document_list").size());
    JsonNode byId = json("/api/actors/" + jane.get("id").asLong());
    assertEquals("Jane Mwangi", byId.get("name").asText());
    assertEquals("Jane Mwangi", json("/api/actors/jane%20MWANGI").get("name").asText());
    assertError(json("/api/actors/Nobody%20Atall", 404), 404, "Nobody");
  }

  @Test
  void searchMarksTheMatchedWordsInThePassage() throws Exception {
    JsonNode r = json("/api/search?q=telephone%20fisheries");
    assertEquals(2, r.get("items").size());
    for (JsonNode hit : r.get("items")) {
      String passage = hit.get("passage").asText();
      assertFalse(passage.contains("\u0002") || passage.contains("\u0003"), passage);
      List<String> marked = new ArrayList<>();
      for (JsonNode m : hit.get("marks")) {
        marked.add(passage.substring(m.get("start").asInt(), m.get("end").asInt()).toLowerCase(Locale.ROOT));
      }
      assertTrue(marked.contains("telephone"), marked + " in " + passage);
      assertTrue(marked.stream().anyMatch(w -> w.startsWith("fisher")), marked + " in " + passage);
    }
    // brackets in the text are the text's own, not marks
    JsonNode readout = json("/api/search?q=readout");
    assertTrue(readout.get("items").get(0).get("passage").asText().contains("[readout]"));
    assertEquals(0, json("/api/search?q=zeppelin").get("items").size());
    assertError(json("/api/search", 400), 400, "q");
  }

  @Test
  void pairSummaryCountsByTypeAndMonthWithAidTotals() throws Exception {
    JsonNode s = json("/api/pairs/nor/KEN");
    assertEquals("Norway", s.get("countries").get(0).get("name").asText());
    assertEquals(2, s.get("events").asInt());
    assertEquals(1, s.get("by_type").get("CONSULT").asInt());
    assertEquals(1, s.get("by_type").get("AID").asInt());
    assertEquals("2024-02", s.get("by_month").get(0).get("month").asText());
    assertEquals(1, s.get("by_month").get(0).get("counts").get("AID").asInt());
    assertEquals("NOK", s.get("aid_totals").get(0).get("currency").asText());
    assertEquals(20000000, s.get("aid_totals").get(0).get("value").asLong());
    assertEquals(1, s.get("aid").size());
    assertEquals(2, s.get("topics").get("agriculture").asInt(), "both reporting documents");
    assertEquals("Jane Mwangi", s.get("actors").get(0).get("name").asText());
    JsonNode peru = json("/api/pairs/PER/ECU");
    assertEquals("2024-03", peru.get("by_month").get(0).get("month").asText());
    assertEquals(1, peru.get("agreements").size());
    assertError(json("/api/pairs/Peru/ECU", 400), 400, "alpha-3");
    JsonNode countries = json("/api/countries");
    assertEquals(2, countries.get("pairs").size());
    assertEquals(List.of("ECU", "PER"), strings(countries.get("pairs").get(0).get("countries")));
  }

  @Test
  void exportsAreDownloadsInFourFormats() throws Exception {
    HttpResponse<String> csv = client.get("/api/export/csv?type=AID");
    assertEquals(200, csv.statusCode());
    assertEquals("attachment; filename=\"dyad-events-csv.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals(2, csv.body().strip().split("\r?\n").length, csv.body());
    for (String f : List.of("jsonl", "gdelt", "plover")) {
      HttpResponse<String> r = client.get("/api/export/" + f);
      assertEquals(200, r.statusCode(), f);
      assertEquals(4, r.body().strip().split("\n").length, f + ": " + r.body());
    }
    assertError(json("/api/export/xml", 404), 404, "xml");
  }

  @Test
  void pagesAreOneShellUnderAStrictPolicy() throws Exception {
    for (String page : List.of("/", "/events", "/events/1", "/actors/Jane%20Mwangi", "/documents/oslo-nairobi-call", "/search?q=x", "/upload", "/api-docs")) {
      HttpResponse<String> r = client.get(page);
      assertEquals(200, r.statusCode(), page);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'") && !csp.contains("unsafe"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.body().contains("<script src=\"/static/app.js\" defer></script>"), page);
      assertFalse(r.body().matches("(?s).*<script>.*"), "no inline script");
    }
    assertTrue(client.get("/api/events").headers().firstValue("Content-Security-Policy").isPresent());
    assertEquals(200, client.get("/static/app.js").statusCode());
    assertTrue(client.get("/static/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    for (String bad : List.of("/static/..%2F..%2Fpom.xml", "/static/index.html", "/static/Api.class", "/../pom.xml", "/static/%2e%2e/app.js", "/nowhere")) {
      int status = client.get(bad).statusCode();
      assertTrue(status == 404 || status == 400, bad + ": " + status); // Jetty refuses ambiguous paths with 400
    }
    assertError(json("/api/nothing/here", 404), 404, "openapi");
  }

  @Test
  void openApiDocumentDescribesEveryRoute() throws Exception {
    JsonNode spec = json("/api/openapi.json");
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    for (String p : List.of("/api/status", "/api/documents", "/api/documents/{doc}", "/api/events", "/api/events/{id}", "/api/actors",
        "/api/actors/{actor}", "/api/search", "/api/countries", "/api/pairs/{a}/{b}", "/api/export/{format}")) {
      assertTrue(spec.get("paths").has(p), p);
    }
    assertTrue(spec.get("paths").get("/api/documents").has("post"));
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
