package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small bounded load on the fixture server: no errors, every upload stored. */
class LoadTestTest {
  @TempDir Path dir;

  @Test
  void concurrentReadsAndUploadsWithoutErrorsOrLostUploads() throws Exception {
    try (WebServer s = Fixtures.start(dir, Fixtures.options(dir))) {
      LoadTest.Result r = LoadTest.run(new LoadTest.Plan("http://127.0.0.1:" + s.port(), 4, 300, 60, 8, 7));
      StringWriter out = new StringWriter();
      LoadTest.print(r, new PrintWriter(out));
      assertEquals(0, r.errors(), out.toString());
      assertEquals(0, r.lostUploads(), out.toString());
      assertEquals(8, r.kinds().get("upload").ok(), out.toString());
      assertEquals(308, r.requests(), out.toString());
      assertTrue(out.toString().contains("requests/s"), out.toString());
    }
  }

  @Test
  void onlyLoopbackIsLoaded() {
    assertThrows(IllegalArgumentException.class, () -> LoadTest.checkLoopback("http://192.0.2.1:8080"));
    assertThrows(IllegalArgumentException.class, () -> LoadTest.checkLoopback("ftp://127.0.0.1/"));
    LoadTest.checkLoopback("http://127.0.0.1:8080");
    LoadTest.checkLoopback("http://localhost:8080");
  }
}
