package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.dyad.ExtractorConfig;
import org.dyad.app.serve.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}'s options, and an upload through the real extractor (the models are shared in the test JVM). */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void helpAndBadOptions() {
    Cli.Result help = Cli.run("serve", "--help");
    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().contains("--lazy-extractor") && help.out().contains("/api/openapi.json"), help.out());
    Cli.Result port = Cli.run("serve", "--port", "eighty");
    assertEquals(Main.USAGE, port.status());
    Cli.Result rate = Cli.run("serve", "--db", dir.resolve("s.db").toString(), "--rate", "0");
    assertEquals(Main.USAGE, rate.status());
    assertTrue(rate.err().contains("--rate"), rate.err());
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result r = Cli.run("serve", "--db", dir.resolve("s.db").toString(), "--port", Integer.toString(busy.getLocalPort()), "--lazy-extractor");
      assertEquals(Main.FAILURE, r.status());
      assertEquals("dyad: cannot listen on 127.0.0.1:" + busy.getLocalPort() + ": Address already in use\n", r.err());
    }
  }

  @Test
  void uploadIsExtractedByTheSharedExtractor() throws Exception {
    WebServer.Options o = new WebServer.Options("127.0.0.1", 0, 1 << 20, 1000, 1000, dir.resolve("uploads"), 1, 1, false);
    try (WebServer s = WebServer.start(dir.resolve("s.db").toString(), o, () -> Extractors.shared(ExtractorConfig.defaults())::extract, "test")) {
      String text = "Tokyo, 12 March 2024 - Japan's Minister for Foreign Affairs Yoko Kamikawa met with Cambodia's Deputy Prime Minister"
          + " and Minister of Foreign Affairs Sok Chenda Sophea in Tokyo today. The two ministers discussed cooperation on demining.";
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/documents?name=tokyo-talks.txt"))
              .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(201, r.statusCode(), r.body());
      JsonNode body = new ObjectMapper().readTree(r.body());
      JsonNode events = body.get("record").get("events");
      assertTrue(events.size() >= 1, r.body());
      assertEquals("CONSULT", events.get(0).get("type").asText(), r.body());
      assertEquals("2024-03-12", body.get("record").get("date").get("value").asText(), r.body());
      assertTrue(body.get("event_ids").get(0).isNumber(), r.body());
    }
  }
}
