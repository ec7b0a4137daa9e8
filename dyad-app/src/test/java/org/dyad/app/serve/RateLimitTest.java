package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {
  @TempDir Path dir;

  @Test
  void aBurstThenTheRate() {
    AtomicLong now = new AtomicLong();
    RateLimit r = new RateLimit(2, 3, now::get);
    assertEquals(0, r.take("a"));
    assertEquals(0, r.take("a"));
    assertEquals(0, r.take("a"));
    assertEquals(1, r.take("a"), "the burst is spent");
    assertEquals(0, r.take("b"), "each client has its own bucket");
    now.addAndGet(500_000_000L); // half a second: one token at 2 a second
    assertEquals(0, r.take("a"));
    assertEquals(1, r.take("a"));
  }

  @Test
  void theServerAnswers429WithRetryAfter() throws Exception {
    WebServer.Options o = new WebServer.Options("127.0.0.1", 0, 1 << 20, 0.5, 3, null, 1, 1, false);
    try (WebServer s = Fixtures.start(dir, o)) {
      Fixtures.Client c = new Fixtures.Client(s);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, c.get("/api/status").statusCode());
      }
      HttpResponse<String> r = c.get("/api/status");
      assertEquals(429, r.statusCode());
      assertTrue(r.body().contains("too many requests"), r.body());
      assertEquals("2", r.headers().firstValue("Retry-After").orElse(""));
      assertEquals(200, c.get("/").statusCode(), "pages and static files are not limited");
    }
  }
}
