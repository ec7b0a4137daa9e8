package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/documents with the stand-in extractor: each test on a store of its own. */
class UploadTest {
  private static final ObjectMapper M = new ObjectMapper();

  @TempDir Path dir;
  private WebServer server;
  private Fixtures.Client client;

  @BeforeEach
  void start() {
    server = Fixtures.start(dir, Fixtures.options(dir));
    client = new Fixtures.Client(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> r = client.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return M.readTree(r.body());
  }

  private static void assertError(JsonNode n, int status, String inMessage) {
    assertEquals(status, n.path("error").path("status").asInt(), n.toString());
    assertTrue(n.path("error").path("message").asText().contains(inMessage), n.toString());
  }

  @Test
  void uploadExtractsStoresAndReturnsTheRecord() throws Exception {
    String text = "Minister Ola Nordmann received a delegation from Kenya in Oslo.\nThey spoke about ports.";
    HttpResponse<String> r = client.post("/api/documents?name=" + "reports%2F..%2Foslo%20delegation.txt", text.getBytes(StandardCharsets.UTF_8),
        "application/octet-stream");
    assertEquals(201, r.statusCode(), r.body());
    JsonNode body = M.readTree(r.body());
    assertEquals("stored", body.get("outcome").asText());
    assertEquals("oslo-delegation", body.get("doc").asText(), "the file name's last segment, in safe characters");
    assertEquals(text, body.get("record").get("text").asText());
    assertNotNull(body.get("event_ids").get(0).numberValue());
    JsonNode doc = json("/api/documents/oslo-delegation");
    assertEquals(text + "\n", doc.get("raw_text").asText() + "\n", "the raw text comes from the kept upload");
    try (var files = Files.list(dir.resolve("uploads"))) {
      assertTrue(files.allMatch(p -> p.getFileName().toString().matches("[0-9a-f]{64}")), "uploads are kept under their hash only");
    }
    HttpResponse<String> again = client.post("/api/documents?name=other.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain");
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("skipped", M.readTree(again.body()).get("outcome").asText());
    assertEquals("oslo-delegation", M.readTree(again.body()).get("doc").asText());
  }

  @Test
  void aNameTakenByOtherContentGetsTheHashAndForceReplaces() throws Exception {
    byte[] one = "The envoy arrived in Oslo.\nTalks began.".getBytes(StandardCharsets.UTF_8);
    byte[] two = "The envoy left Oslo.\nTalks ended.".getBytes(StandardCharsets.UTF_8);
    assertEquals("envoy", M.readTree(client.post("/api/documents?name=envoy.txt", one, "text/plain").body()).get("doc").asText());
    JsonNode second = M.readTree(client.post("/api/documents?name=envoy.txt", two, "text/plain").body());
    assertTrue(second.get("doc").asText().matches("envoy-[0-9a-f]{8}"), second.toString());
    HttpResponse<String> forced = client.post("/api/documents?name=envoy.txt&force=true", one, "text/plain");
    assertEquals(201, forced.statusCode(), forced.body());
    assertEquals("replaced", M.readTree(forced.body()).get("outcome").asText());
    assertEquals(5, json("/api/status").get("documents").asInt(), "three fixtures and two uploads");
  }

  @Test
  void multipartUploadWorksToo() throws Exception {
    String boundary = "dyadtestboundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.html\"\r\nContent-Type: text/html\r\n\r\n"
        + "<!DOCTYPE html><html><head><title>Note</title></head><body><main><h1>Note</h1><p>Ministers met in Nairobi on Thursday.</p></main></body></html>"
        + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = client.post("/api/documents", body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("note", M.readTree(r.body()).get("doc").asText());
    assertTrue(M.readTree(r.body()).get("record").get("text").asText().contains("Ministers met in Nairobi"));
  }

  @Test
  void uploadsAreLimitedInSizeAndType() throws Exception {
    HttpResponse<String> big = client.post("/api/documents?name=big.txt", "word ".repeat(20_000).getBytes(StandardCharsets.UTF_8), "text/plain");
    assertEquals(413, big.statusCode(), big.body());
    assertError(M.readTree(big.body()), 413, "larger than");
    String boundary = "b0undary";
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        + "word ".repeat(20_000) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> bigPart = client.post("/api/documents", multipart.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);
    assertEquals(413, bigPart.statusCode(), bigPart.body());
    HttpResponse<String> warc = client.post("/api/documents?name=crawl.warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n".getBytes(StandardCharsets.UTF_8), "application/warc");
    assertEquals(415, warc.statusCode(), warc.body());
    HttpResponse<String> empty = client.post("/api/documents?name=e.txt", new byte[0], "text/plain");
    assertEquals(400, empty.statusCode(), empty.body());
    HttpResponse<String> blank = client.post("/api/documents?name=blank.txt", "   \n  ".getBytes(StandardCharsets.UTF_8), "text/plain");
    assertEquals(422, blank.statusCode(), blank.body());
    assertError(M.readTree(blank.body()), 422, "no text");
  }

}
