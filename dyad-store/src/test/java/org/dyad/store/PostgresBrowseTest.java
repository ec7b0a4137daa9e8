package org.dyad.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/** {@link Browse} on a real PostgreSQL server; skipped when no server can be started. */
class PostgresBrowseTest extends BrowseContract {
  @BeforeAll
  static void server() {
    assumeTrue(PgServer.get() != null, PgServer::whyUnavailable);
  }

  @Override
  String newDb() throws Exception {
    return PgServer.get().newDatabase();
  }
}
