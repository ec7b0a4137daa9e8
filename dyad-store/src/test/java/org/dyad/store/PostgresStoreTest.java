package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  @Test
  void jdbcUrlsWorkToo() throws Exception {
    String url = newDb().replace("postgresql://dyad@", "jdbc:postgresql://").concat("?user=dyad");
    try (Store s = filled(url)) {
      assertEquals(4, s.stats().events());
    }
  }
}
