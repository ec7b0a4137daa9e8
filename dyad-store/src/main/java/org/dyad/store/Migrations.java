package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations, applied in order, each in its own transaction, recorded in
 * {@code schema_version}. The scripts live in {@code db/migration/<dialect>/V<n>__<what>.sql}.
 *
 * <p>Hand-written rather than Flyway: two scripts per version do not justify a framework whose
 * SQLite support lives in a separate, less maintained module.
 */
final class Migrations {
  /** Every migration, oldest first; a new schema version appends one name here and two scripts. */
  static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__report_parties.sql", "V3__report_anchors.sql");

  private Migrations() {}

  /** Brings the schema up to date and returns its version. */
  static int apply(Connection c, Dialect dialect) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    c.commit();
    int current = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      current = rs.getInt(1);
    }
    c.commit();
    if (current > SCRIPTS.size()) {
      throw new StoreException("the store has schema version " + current + ", newer than this Dyad knows (" + SCRIPTS.size() + "); upgrade Dyad");
    }
    for (int v = current + 1; v <= SCRIPTS.size(); v++) {
      String name = SCRIPTS.get(v - 1);
      try (Statement s = c.createStatement()) {
        for (String sql : statements(read(dialect, name))) {
          s.execute(sql);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, v);
          p.setString(2, name);
          p.setString(3, Instant.now().toString());
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
    return SCRIPTS.size();
  }

  private static String read(Dialect dialect, String name) {
    String path = "/db/migration/" + dialect.dir() + "/" + name;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StoreException("migration " + path + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + path, e);
    }
  }

  /** Statements end with a semicolon at the end of a line; lines starting with -- are comments. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      cur.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String sql = cur.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
