package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingest mid-way (as kill -9 would) and checks that the store is whole and can be completed. */
class CrashTest {
  private static final int DOCS = 60;
  private static final String[][] PAIRS = {
    {"Lima", "Peru", "Ecuador"}, {"Nairobi", "Kenya", "Ghana"}, {"Oslo", "Norway", "Chile"}, {"Hanoi", "Vietnam", "Japan"},
    {"Rabat", "Morocco", "Spain"}, {"Manila", "Philippines", "Australia"}
  };
  private static final String[] GIVEN = {"Ana", "Tomas", "Mira", "Jonas", "Leila", "Pavel", "Noor", "Ivo", "Sara", "Emil"};
  private static final String[] FAMILY = {"Varga", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Haddad", "Novak"};

  @TempDir Path dir;

  private static String doc(int i) {
    String[] p = PAIRS[i % PAIRS.length];
    int day = 1 + i % 27;
    String a = GIVEN[i % GIVEN.length] + " " + FAMILY[i % FAMILY.length];
    String b = GIVEN[(i + 3) % GIVEN.length] + " " + FAMILY[(i + 5) % FAMILY.length];
    return String.format(
        Locale.ROOT,
        "%s, %d March 2031\n\nForeign Minister %s of %s met %s Foreign Minister %s in %s on %d March 2031."
            + " They discussed trade, fisheries and student exchanges (note %d).\n",
        p[0], day + 1, a, p[1], p[2], b, p[0], day, i);
  }

  @Test
  void killedIngestLeavesWholeDocumentsAndCompletesOnRerun() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < DOCS; i++) {
      Files.writeString(corpus.resolve(String.format(Locale.ROOT, "doc-%03d.txt", i)), doc(i), StandardCharsets.UTF_8);
    }
    Path db = dir.resolve("store/dyad.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.dyad.app.Main", "ingest", "--db", db.toString(),
                "--threads", "1", corpus.toString())
            .redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
    int before;
    try {
      before = waitForDocuments(db, child, 3);
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    int stored = consistentDocuments(db);
    assertTrue(stored >= before && stored < DOCS, "killed after " + stored + " of " + DOCS + " documents");

    Cli.Result r = Cli.run("ingest", "--db", db.toString(), corpus.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out().startsWith(DOCS + " documents: " + (DOCS - stored) + " stored, " + stored + " skipped (already stored), 0 failed;"),
        r.out());
    assertEquals(DOCS, consistentDocuments(db));
    assertEquals(DOCS, count(db, "SELECT COUNT(DISTINCT doc) FROM documents"));
  }

  /** Polls the store until the child has stored {@code n} documents. */
  private static int waitForDocuments(Path db, Process child, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        fail("the ingest ended before it could be killed, status " + child.exitValue());
      }
      if (Files.exists(db)) {
        try {
          int docs = count(db, "SELECT COUNT(*) FROM documents");
          if (docs >= n) {
            return docs;
          }
        } catch (SQLException e) {
          // the schema is not there yet
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the ingest stored fewer than " + n + " documents in 10 minutes");
  }

  private static int count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Checks that every stored document is whole and nothing refers to what is not there; returns the documents. */
  private static int consistentDocuments(Path db) throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      int docs = 0;
      try (ResultSet rs =
          s.executeQuery("SELECT d.record, (SELECT COUNT(*) FROM event_reports r WHERE r.document_id = d.id) FROM documents d")) {
        while (rs.next()) {
          docs++;
          assertEquals(json.readTree(rs.getString(1)).get("events").size(), rs.getInt(2), "reports of a stored document");
        }
      }
      for (String orphans :
          List.of(
              "SELECT COUNT(*) FROM event_reports r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.document_id)",
              "SELECT COUNT(*) FROM event_reports r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)",
              "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)",
              "SELECT COUNT(*) FROM document_actors a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = a.document_id)",
              "SELECT COUNT(*) FROM report_actors a WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.id = a.report_id)",
              "SELECT COUNT(*) FROM documents_fts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.rowid)")) {
        try (ResultSet rs = s.executeQuery(orphans)) {
          rs.next();
          assertEquals(0, rs.getInt(1), orphans);
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents_fts")) {
        rs.next();
        assertEquals(docs, rs.getInt(1), "full-text rows");
      }
      return docs;
    }
  }
}
