package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store's promises on a real PostgreSQL server; skipped when no server can be started. */
class PostgresStoreTest extends StoreContract {
  @BeforeAll
  static void server() {
    assumeTrue(PgServer.get() != null, PgServer::whyUnavailable);
  }

  @Override
  String newDb() throws Exception {
    return PgServer.get().newDatabase();
  }

  @Override
  void sql(String db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc(db));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String jdbc(String db) {
    return db.replace("postgresql://dyad@", "jdbc:postgresql://").concat("?user=dyad");
  }

  @Override
  String failReports() {
    return "ALTER TABLE event_reports ADD CONSTRAINT injected_fault CHECK (ordinal < 0) NOT VALID";
  }

  @Test
  void jdbcUrlsWorkToo() throws Exception {
    String url = jdbc(newDb());
    try (Store s = filled(url)) {
      assertEquals(4, s.stats().events());
    }
  }
}
