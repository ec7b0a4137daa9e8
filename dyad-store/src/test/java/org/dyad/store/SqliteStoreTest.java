package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;
  private int n;

  @Override
  String newDb() {
    // a directory that does not exist yet: the store creates it
    return dir.resolve("store" + ++n).resolve("dyad.db").toString();
  }

  @Override
  void sql(String db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  String failReports() {
    return "CREATE TRIGGER fail_reports BEFORE INSERT ON event_reports BEGIN SELECT RAISE(ABORT, 'injected fault'); END";
  }

  @Test
  void aDirectoryIsNotADatabase() throws Exception {
    Path d = Files.createDirectories(dir.resolve("d"));
    StoreException e = assertThrows(StoreException.class, () -> Store.open(d.toString()));
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  @Test
  void passwordsStayOutOfMessages() {
    String r = Store.redact("postgresql://ana:s3cret@db.example:5432/dyad");
    assertTrue(!r.contains("s3cret") && r.contains("ana:***@db.example"), r);
  }
}
