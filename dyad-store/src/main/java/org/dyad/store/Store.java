package org.dyad.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.json.RecordJson;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;

/**
 * The knowledge store: documents, actors and events clustered across documents, in SQLite or
 * PostgreSQL.
 *
 * <p>Open one with {@link #open(String)}, write with {@link #put}, read with {@link #events},
 * {@link #search} and {@link #actors}, and close it. One instance holds one connection; its methods
 * may be called from several threads (they take turns).
 */
public final class Store implements AutoCloseable {
  /** Where the store lives when no location is given. */
  public static final String DEFAULT_DB = "./dyad-data/dyad.db";

  /** What {@link #put} did with a document. */
  public enum Outcome {
    /** The document was new and is now stored. */
    STORED,
    /** The document was stored already and has been replaced. */
    REPLACED,
    /** The document was stored already and was left as it was. */
    SKIPPED
  }

  /**
   * How much the store holds.
   *
   * @param documents stored documents
   * @param reports events as documents report them
   * @param events real-world events (clusters of reports)
   */
  public record Stats(int documents, int reports, int events) {}

  private final Connection conn;
  private final Dialect dialect;
  private final String location;

  private Store(Connection conn, Dialect dialect, String location) {
    this.conn = conn;
    this.dialect = dialect;
    this.location = location;
  }

  /** One lock per SQLite file being opened in this process (a file lock is held per process). */
  private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> OPENING =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Opens (creating and migrating when needed) the store at {@code db}: a file path for SQLite
   * (missing directories are created), or a {@code postgresql://user:pass@host:port/db} or
   * {@code jdbc:postgresql://...} URL; {@code null} or blank means {@link #DEFAULT_DB}.
   *
   * @throws StoreException when the store cannot be opened or has a newer schema
   */
  public static Store open(String db) {
    String where = db == null || db.isBlank() ? DEFAULT_DB : db.strip();
    try {
      if (where.startsWith("postgresql://") || where.startsWith("postgres://")) {
        return postgres(where);
      }
      if (where.startsWith("jdbc:postgresql:")) {
        return start(DriverManager.getConnection(where), Dialect.POSTGRESQL, redact(where));
      }
      Path file = Path.of(where).toAbsolutePath();
      if (Files.isDirectory(file)) {
        throw new StoreException(where + ": is a directory, expected a database file");
      }
      Files.createDirectories(file.getParent());
      // opening and migrating is serialized per file, between threads and between processes: two
      // connections that create one new file at once can leave it malformed
      java.util.concurrent.locks.ReentrantLock local = OPENING.computeIfAbsent(file, k -> new java.util.concurrent.locks.ReentrantLock());
      local.lock();
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(Path.of(file + ".lock"),
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
        java.nio.channels.FileLock held = ch.lock();
        try {
          for (int attempt = 1; ; attempt++) {
            try {
              return start(sqlite(file), Dialect.SQLITE, where);
            } catch (SQLException e) {
              // another process's journal gone under us: try again
              if (attempt == 5) {
                throw e;
              }
              pause(attempt, e);
            }
          }
        } finally {
          held.release();
        }
      } finally {
        local.unlock();
      }
    } catch (SQLException e) {
      throw new StoreException(redact(where) + ": cannot open the store: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException(where + ": cannot create the directory: " + e.getMessage(), e);
    }
  }

  private static Connection sqlite(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      // first, so that what follows waits for another process opening the store too
      s.execute("PRAGMA busy_timeout=30000");
      // WAL: a killed writer leaves the last committed state; readers do not block the writer
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("PRAGMA foreign_keys=ON");
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private static void pause(int attempt, SQLException e) throws SQLException {
    try {
      Thread.sleep(50L * attempt);
    } catch (InterruptedException i) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  private static Store postgres(String url) throws SQLException {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      throw new StoreException(redact(url) + ": not a valid URL: " + e.getReason(), e);
    }
    if (u.getHost() == null) {
      throw new StoreException(redact(url) + ": no host; expected postgresql://user:pass@host:port/db");
    }
    Properties props = new Properties();
    if (u.getRawUserInfo() != null) {
      String[] up = u.getRawUserInfo().split(":", 2);
      props.setProperty("user", URLDecoder.decode(up[0], StandardCharsets.UTF_8));
      if (up.length > 1) {
        props.setProperty("password", URLDecoder.decode(up[1], StandardCharsets.UTF_8));
      }
    }
    String jdbc =
        "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + (u.getRawPath() == null ? "/" : u.getRawPath())
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    return start(DriverManager.getConnection(jdbc, props), Dialect.POSTGRESQL, redact(url));
  }

  private static Store start(Connection c, Dialect d, String location) throws SQLException {
    try {
      migrate(c, d);
      return new Store(c, d, location);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * Applies the migrations; tries again when another process opening the same new store at the
   * same moment was quicker (each migration is one transaction: the slower one fails whole and, on
   * the next try, finds the tables made).
   */
  private static void migrate(Connection c, Dialect d) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        Migrations.apply(c, d);
        return;
      } catch (SQLException e) {
        if (attempt == 5) {
          throw e;
        }
        c.rollback();
        pause(attempt, e);
      }
    }
  }

  /** The location without a password, for messages. */
  static String redact(String where) {
    return where.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** Where the store is, without any password. */
  public String location() {
    return location;
  }

  /** The SHA-256 of a document's bytes, in hex: the identity by which documents are stored once. */
  public static String contentHash(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Whether a document with this content hash is stored. */
  public synchronized boolean contains(String contentHash) {
    try {
      boolean found = documentId(contentHash) != null;
      conn.commit(); // a read left open would hold an old snapshot
      return found;
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  /**
   * Stores a document with its actors and events, attaching each event to the cluster of the same
   * real-world event reported by another document, all in one transaction. Writers take turns,
   * whether they are threads with a store each or processes: each takes the store's write lock
   * before it reads, so that no two see the same state and both add the same actor, document or
   * event.
   *
   * @param source where the document came from (e.g. its path)
   * @param contentHash the document's identity, see {@link #contentHash}
   * @param replace whether a document already stored with this hash is replaced (else skipped)
   */
  public synchronized Outcome put(ExtractionRecord record, String source, String contentHash, boolean replace) {
    try {
      lockForWriting();
      Long existing = documentId(contentHash);
      if (existing != null && !replace) {
        conn.commit();
        return Outcome.SKIPPED;
      }
      // the dated events this put changes: undated reports that may be theirs are settled again
      List<Event> changed = new ArrayList<>();
      if (existing != null) {
        changed.addAll(reportEvents(existing));
        // the old reports leave their clusters before the new ones look for a cluster to join
        for (long cluster : remove(existing)) {
          split(cluster);
        }
      }
      long docId = insertDocument(record, source, contentHash);
      Map<String, Long> actorIds = putActors(docId, record.actors());
      List<Report> reports = new ArrayList<>();
      record.events().forEach(e -> reports.add(Report.of(e, record.actors())));
      Anchors anchors = Anchors.of(record.text(), record.date());
      List<Joined> joined = assign(docId, reports, anchors);
      for (int i = 0; i < reports.size(); i++) {
        changed.add(reports.get(i).event());
        clusterEvent(joined.get(i).cluster()).ifPresent(changed::add);
        long cluster = putEvent(docId, i, record, reports.get(i), actorIds, joined.get(i), anchors);
        clusterEvent(cluster).ifPresent(changed::add);
      }
      settleUndated(changed);
      conn.commit();
      return existing == null ? Outcome.STORED : Outcome.REPLACED;
    } catch (SQLException | RuntimeException e) {
      try {
        conn.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw failure("cannot store " + record.doc(), e);
    }
  }

  /** Any number; PostgreSQL's advisory locks are named by numbers, and this one is the store's. */
  private static final long WRITE_LOCK = 0x6479_6164_5752_4954L;

  /**
   * Takes the store's write lock for the rest of the transaction, waiting while another writer
   * holds it.
   */
  private void lockForWriting() throws SQLException {
    conn.commit(); // a read left open would hold a snapshot older than another writer's commit
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement p = prepare("SELECT pg_advisory_xact_lock(?)", WRITE_LOCK);
          ResultSet rs = p.executeQuery()) {
        rs.next();
      }
    } else {
      // a write as the first statement takes SQLite's one write lock before anything is read
      // (waiting up to busy_timeout); a read first would fail on the upgrade if another wrote meanwhile
      update("UPDATE schema_version SET version = version WHERE version < 0");
    }
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException(location + ": " + what + ": " + e.getMessage(), e);
  }

  private Long documentId(String hash) throws SQLException {
    try (PreparedStatement p = prepare("SELECT id FROM documents WHERE content_hash = ?", hash);
        ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private long insertDocument(ExtractionRecord r, String source, String hash) throws SQLException {
    long id =
        insert(
            "INSERT INTO documents (doc, source, content_hash, text, date, topics, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            r.doc(), source == null ? r.doc() : source, hash, r.text(), r.date() == null ? null : r.date().label(),
            EventJson.strings(r.topics()), RecordJson.toLine(r), Instant.now().toString());
    if (dialect == Dialect.SQLITE) {
      update("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", id, r.text());
    }
    return id;
  }

  /** Links the document to its actors, creating those not seen before; returns ids by name. */
  private Map<String, Long> putActors(long docId, List<Actor> actors) throws SQLException {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Actor a : actors) {
      String country = a.country() == null ? "" : a.country();
      String key = Clusterer.nameKey(a.name());
      Long id = actorId(key, a.kind().name(), country);
      if (id == null) {
        // never a duplicate while writers take turns; ON CONFLICT keeps it so with any other writer
        try (PreparedStatement p =
                prepare(
                    "INSERT INTO actors (name_key, kind, country, name, title) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (name_key, kind, country) DO NOTHING RETURNING id",
                    key, a.kind().name(), country, a.name(), a.title());
            ResultSet rs = p.executeQuery()) {
          id = rs.next() ? rs.getLong(1) : null;
        }
        if (id == null) {
          id = actorId(key, a.kind().name(), country);
          if (id == null) {
            throw new SQLException("actor " + a.name() + " neither inserted nor found");
          }
        }
      } else if (a.title() != null) {
        update("UPDATE actors SET title = ? WHERE id = ?", a.title(), id);
      }
      if (!ids.containsValue(id)) {
        update("INSERT INTO document_actors (document_id, actor_id, title) VALUES (?, ?, ?)", docId, id, a.title());
      }
      ids.put(a.name(), id);
      for (String alias : a.aliases()) {
        ids.putIfAbsent(alias, id);
      }
      if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
        ids.putIfAbsent("country:" + a.country(), id);
      }
    }
    return ids;
  }

  private Long actorId(String key, String kind, String country) throws SQLException {
    try (PreparedStatement p = prepare("SELECT id FROM actors WHERE name_key = ? AND kind = ? AND country = ?", key, kind, country);
        ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  /** The cluster a report joins and why, or none ({@code cluster < 0}). */
  private record Joined(long cluster, String why) {}

  private record Candidate(int report, long cluster, Clusterer.Match match, String doc) {}

  /**
   * The clusters this document's reports join: every report's candidates, best evidence first,
   * each report and each cluster taken once (two events of one document are never one event, and
   * of two memorandums signed together each joins its own).
   */
  private List<Joined> assign(long docId, List<Report> reports, Anchors anchors) throws SQLException {
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      if (r.event().date() == null) {
        undatedCandidate(docId, -1, i, r, anchors).ifPresent(all::add);
      } else {
        all.addAll(candidates(docId, i, r));
      }
    }
    all.sort(Comparator.comparingDouble((Candidate c) -> -c.match().score()).thenComparingInt(Candidate::report).thenComparingLong(Candidate::cluster));
    List<Joined> out = new ArrayList<>();
    reports.forEach(r -> out.add(new Joined(-1, null)));
    Set<Long> taken = new HashSet<>();
    for (Candidate c : all) {
      if (out.get(c.report()).cluster() < 0 && taken.add(c.cluster())) {
        out.set(c.report(), new Joined(c.cluster(), c.doc() + ": " + c.match().why()));
      }
    }
    return out;
  }

  /** Stores one report in the cluster it joins (a new one when none) and returns that cluster. */
  private long putEvent(long docId, int ordinal, ExtractionRecord r, Report rep, Map<String, Long> actorIds, Joined joined, Anchors anchors)
      throws SQLException {
    Event e = rep.event();
    long cluster = joined.cluster();
    if (cluster < 0) {
      cluster = insert(
          "INSERT INTO events (type, mode, status, date_first, date_last, countries, participants, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          e.type().name(), "", "", null, null, "", "", "{}");
    }
    long report =
        insert(
            "INSERT INTO event_reports (event_id, document_id, ordinal, event, evidence, parties, joined_by, anchors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            cluster, docId, ordinal, EventJson.write(e), EventJson.evidence(e, r.text()), rep.partiesJson(), joined.why(),
            e.date() == null ? anchors.stored() : null);
    Set<Long> actors = new LinkedHashSet<>();
    for (String p : e.participants()) {
      Long id = actorIds.get(p);
      if (id == null) {
        id = actorIds.entrySet().stream().filter(x -> Clusterer.sameName(x.getKey(), p)).map(Map.Entry::getValue).findFirst().orElse(null);
      }
      if (id != null) {
        actors.add(id);
      }
    }
    for (String c : Clusterer.countries(e)) {
      Long id = actorIds.get("country:" + c);
      if (id != null) {
        actors.add(id);
      }
    }
    for (long a : actors) {
      update("INSERT INTO report_actors (report_id, actor_id) VALUES (?, ?)", report, a);
    }
    remerge(cluster);
    return cluster;
  }

  /**
   * The clusters that already hold this event as another document reports it, each with the best
   * evidence one of its reports gives.
   */
  private List<Candidate> candidates(long docId, int ordinal, Report rep) throws SQLException {
    Event e = rep.event();
    if (e.date() == null) {
      return List.of(); // without a date no two reports can be shown to be one event
    }
    String sql =
        "SELECT r.event_id, r.event, r.parties, d.doc FROM event_reports r JOIN events e ON e.id = r.event_id"
            + " JOIN documents d ON d.id = r.document_id"
            + " WHERE e.type = ? AND e.date_first <= ? AND e.date_last >= ? AND e.date_first >= ?"
            + " AND NOT EXISTS (SELECT 1 FROM event_reports o WHERE o.event_id = r.event_id AND o.document_id = ?)"
            + " ORDER BY r.event_id, r.id";
    // no period is longer than a year: the lower bound keeps the index scan short
    int tolerance = Clusterer.DAY_TOLERANCE;
    String earliest = e.date().firstDay().minusDays(366 + tolerance).toString();
    Map<Long, Candidate> best = new LinkedHashMap<>();
    try (PreparedStatement p =
            prepare(sql, e.type().name(), e.date().lastDay().plusDays(tolerance).toString(), e.date().firstDay().minusDays(tolerance).toString(), earliest, docId);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        Report stored = new Report(EventJson.read(rs.getString(2)), Report.parties(rs.getString(3)));
        Clusterer.Match m = Clusterer.match(stored, rep);
        long cluster = rs.getLong(1);
        if (m != null && (!best.containsKey(cluster) || best.get(cluster).match().score() < m.score())) {
          best.put(cluster, new Candidate(ordinal, cluster, m, rs.getString(4)));
        }
      }
    }
    return new ArrayList<>(best.values());
  }

  /**
   * The one dated cluster an undated report is the event of, or none: of the clusters with a
   * dated report that {@link Clusterer#undatedMatch} matches and a date its document's anchors
   * {@link Anchors#fit}, holding no other report of its document, the only one. When two or more
   * fit, the dates cannot tell which, and it joins none.
   *
   * @param report the report's id when it is stored already, else -1
   */
  private Optional<Candidate> undatedCandidate(long docId, long report, int ordinal, Report rep, Anchors anchors) throws SQLException {
    if (anchors.days().isEmpty() || rep.event().date() != null) {
      return Optional.empty();
    }
    // the event ends in the month of the first anchor or one of the two after it
    List<Object> args = new ArrayList<>(List.of(rep.event().type().name(), docId, report));
    int month = anchors.days().get(0).getMonthValue();
    for (int k = 0; k < 3; k++) {
      args.add(String.format(Locale.ROOT, "%02d", (month - 1 + k) % 12 + 1));
    }
    String sql =
        "SELECT r.event_id, r.event, r.parties, d.doc, e.date_first, e.date_last FROM event_reports r JOIN events e ON e.id = r.event_id"
            + " JOIN documents d ON d.id = r.document_id"
            + " WHERE e.type = ? AND e.date_last IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM event_reports o WHERE o.event_id = r.event_id AND o.document_id = ? AND o.id <> ?)"
            + " AND substr(e.date_last, 6, 2) IN (?, ?, ?)"
            + " ORDER BY r.event_id, r.id";
    Map<Long, Candidate> best = new LinkedHashMap<>();
    try (PreparedStatement p = prepare(sql, args.toArray());
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        DateValue date = DateValue.ofPeriod(LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)), null);
        if (!anchors.fit(date)) {
          continue;
        }
        Report stored = new Report(EventJson.read(rs.getString(2)), Report.parties(rs.getString(3)));
        Clusterer.Match m = Clusterer.undatedMatch(rep, stored);
        long cluster = rs.getLong(1);
        if (m != null && (!best.containsKey(cluster) || best.get(cluster).match().score() < m.score())) {
          String why = m.why() + "; days named without a year " + anchors.label() + " within " + Anchors.WINDOW + " days up to "
              + date.lastDay() + "; the only dated event that fits";
          best.put(cluster, new Candidate(ordinal, cluster, new Clusterer.Match(m.score(), why), rs.getString(4)));
        }
      }
    }
    return best.size() == 1 ? Optional.of(best.values().iterator().next()) : Optional.empty();
  }

  /**
   * Settles again the stored undated reports whose anchors fit one of the {@code changed} dated
   * events (added, removed, or clusters whose date moved): a new dated event may be the one they
   * tell of, or a second one that fits as well, and a removed one may leave one that is the only.
   */
  private void settleUndated(List<Event> changed) throws SQLException {
    Set<EventType> types = new LinkedHashSet<>();
    changed.stream().filter(e -> e.date() != null && Clusterer.joinsUndated(e.type())).forEach(e -> types.add(e.type()));
    for (EventType t : types) {
      List<Long> due = new ArrayList<>();
      try (PreparedStatement p =
              prepare(
                  "SELECT r.id, r.anchors, r.event FROM event_reports r JOIN events e ON e.id = r.event_id"
                      + " WHERE e.type = ? AND r.anchors IS NOT NULL AND r.anchors LIKE ? ORDER BY r.id",
                  t.name(), "%-%;%");
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Anchors a = Anchors.read(rs.getString(2));
          List<Event> fitting = changed.stream().filter(e -> e.type() == t && a.fit(e.date())).toList();
          // only the same people's events can change where it belongs: the rest need no query
          if (!fitting.isEmpty()) {
            Event u = EventJson.read(rs.getString(3));
            if (fitting.stream().anyMatch(e -> Clusterer.samePeople(u, e).size() >= 2)) {
              due.add(rs.getLong(1));
            }
          }
        }
      }
      for (long id : due) {
        settle(id);
      }
    }
  }

  /**
   * Puts a stored undated report where {@link #undatedCandidate} says it belongs: in the one dated
   * cluster that fits, else in a cluster of its own.
   */
  private void settle(long report) throws SQLException {
    long docId;
    long current;
    int ordinal;
    Report rep;
    Anchors anchors;
    try (PreparedStatement p = prepare("SELECT document_id, event_id, ordinal, event, parties, anchors FROM event_reports WHERE id = ?", report);
        ResultSet rs = p.executeQuery()) {
      if (!rs.next()) {
        return;
      }
      docId = rs.getLong(1);
      current = rs.getLong(2);
      ordinal = rs.getInt(3);
      rep = new Report(EventJson.read(rs.getString(4)), Report.parties(rs.getString(5)));
      anchors = Anchors.read(rs.getString(6));
    }
    Optional<Candidate> c = undatedCandidate(docId, report, ordinal, rep, anchors);
    if (c.isPresent()) {
      update("UPDATE event_reports SET event_id = ?, joined_by = ? WHERE id = ?", c.get().cluster(), c.get().doc() + ": " + c.get().match().why(), report);
      remerge(current);
      remerge(c.get().cluster());
    } else if (reportsIn(current) > 1) {
      long own = insert(
          "INSERT INTO events (type, mode, status, date_first, date_last, countries, participants, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          rep.event().type().name(), "", "", null, null, "", "", "{}");
      update("UPDATE event_reports SET event_id = ?, joined_by = NULL WHERE id = ?", own, report);
      remerge(current);
      remerge(own);
    }
  }

  private int reportsIn(long cluster) throws SQLException {
    try (PreparedStatement p = prepare("SELECT COUNT(*) FROM event_reports WHERE event_id = ?", cluster);
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The events of a document's reports, as stored. */
  private List<Event> reportEvents(long docId) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (PreparedStatement p = prepare("SELECT event FROM event_reports WHERE document_id = ? ORDER BY id", docId);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(EventJson.read(rs.getString(1)));
      }
    }
    return out;
  }

  /** A cluster's merged event, when the cluster exists and has a date. */
  private Optional<Event> clusterEvent(long cluster) throws SQLException {
    if (cluster < 0) {
      return Optional.empty();
    }
    try (PreparedStatement p = prepare("SELECT event FROM events WHERE id = ? AND date_last IS NOT NULL", cluster);
        ResultSet rs = p.executeQuery()) {
      return rs.next() ? Optional.of(EventJson.read(rs.getString(1))) : Optional.empty();
    }
  }

  /**
   * Splits a cluster that lost reports into the groups its remaining reports still form, and
   * remerges each. A report joins a cluster by matching one report in it, so the report that left
   * may have been the only link between the others.
   */
  private void split(long cluster) throws SQLException {
    List<Long> ids = new ArrayList<>();
    List<Long> docs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    try (PreparedStatement p =
            prepare(
                "SELECT r.id, r.document_id, d.doc, r.event, r.parties FROM event_reports r JOIN documents d ON d.id = r.document_id"
                    + " WHERE r.event_id = ? ORDER BY r.id",
                cluster);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
        docs.add(rs.getLong(2));
        names.add(rs.getString(3));
        reports.add(new Report(EventJson.read(rs.getString(4)), Report.parties(rs.getString(5))));
      }
    }
    // each report in the order they were stored joins the group of the earlier report it matches
    // best, as it joined the cluster; one matching none starts a group
    int n = ids.size();
    int[] group = new int[n];
    String[] why = new String[n];
    for (int j = 0; j < n; j++) {
      group[j] = j;
      double best = -1;
      for (int i = 0; i < j; i++) {
        Clusterer.Match m = docs.get(i).equals(docs.get(j)) ? null : Clusterer.match(reports.get(i), reports.get(j));
        if (m != null && m.score() > best) {
          best = m.score();
          why[j] = names.get(i) + ": " + m.why();
        }
        if (m != null && group[i] != group[j]) {
          int from = Math.max(group[i], group[j]);
          int to = Math.min(group[i], group[j]);
          for (int k = 0; k <= j; k++) {
            group[k] = group[k] == from ? to : group[k];
          }
        }
      }
    }
    Map<Integer, Long> clusterOf = new LinkedHashMap<>();
    clusterOf.put(0, cluster);
    for (int j = 0; j < n; j++) {
      if (!clusterOf.containsKey(group[j])) {
        clusterOf.put(group[j], insert(
            "INSERT INTO events (type, mode, status, date_first, date_last, countries, participants, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            reports.get(j).event().type().name(), "", "", null, null, "", "", "{}"));
      }
      update("UPDATE event_reports SET event_id = ?, joined_by = ? WHERE id = ?", clusterOf.get(group[j]), why[j], ids.get(j));
    }
    for (long c : clusterOf.values()) {
      remerge(c);
    }
    // an undated report matches no report above: it joins the one dated event that fits, if any
    for (int j = 0; j < n; j++) {
      if (reports.get(j).event().date() == null) {
        settle(ids.get(j));
      }
    }
  }

  /** Recomputes a cluster's merged event from its reports, or deletes it when none is left. */
  private void remerge(long cluster) throws SQLException {
    List<Event> reports = new ArrayList<>();
    try (PreparedStatement p = prepare("SELECT event FROM event_reports WHERE event_id = ? ORDER BY id", cluster);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        reports.add(EventJson.read(rs.getString(1)));
      }
    }
    if (reports.isEmpty()) {
      update("DELETE FROM events WHERE id = ?", cluster);
      return;
    }
    if (reports.size() == 1) {
      // the report it joined has left (its document was replaced): nothing is joined any more
      update("UPDATE event_reports SET joined_by = NULL WHERE event_id = ?", cluster);
    }
    Event m = Clusterer.merge(reports);
    List<String> folded = new ArrayList<>();
    m.participants().forEach(x -> folded.add(fold(x)));
    update(
        "UPDATE events SET mode = ?, status = ?, date_first = ?, date_last = ?, countries = ?, participants = ?, event = ? WHERE id = ?",
        m.mode(), m.status().name(), m.date() == null ? null : m.date().firstDay().toString(),
        m.date() == null ? null : m.date().lastDay().toString(), " " + String.join(" ", new TreeSet<>(Clusterer.countries(m))) + " ",
        "\n" + String.join("\n", folded) + "\n", EventJson.write(m), cluster);
  }

  /** Deletes a document and its reports; returns the clusters that lost a report. */
  private Set<Long> remove(long docId) throws SQLException {
    Set<Long> clusters = new LinkedHashSet<>();
    try (PreparedStatement p = prepare("SELECT DISTINCT event_id FROM event_reports WHERE document_id = ?", docId);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        clusters.add(rs.getLong(1));
      }
    }
    update("DELETE FROM report_actors WHERE report_id IN (SELECT id FROM event_reports WHERE document_id = ?)", docId);
    update("DELETE FROM event_reports WHERE document_id = ?", docId);
    update("DELETE FROM document_actors WHERE document_id = ?", docId);
    if (dialect == Dialect.SQLITE) {
      update("DELETE FROM documents_fts WHERE rowid = ?", docId);
    }
    update("DELETE FROM documents WHERE id = ?", docId);
    return clusters;
  }

  /** The stored events that pass every filter of the query, by date (undated last), then id. */
  public synchronized List<StoredEvent> events(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT e.id, e.event FROM events e WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.type() != null) {
      sql.append(" AND e.type = ?");
      args.add(q.type().name());
    }
    for (String c : q.countries()) {
      sql.append(" AND e.countries LIKE ?");
      args.add("% " + c + " %");
    }
    if (q.from() != null) {
      sql.append(" AND e.date_last >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null) {
      sql.append(" AND e.date_first <= ?");
      args.add(q.to().toString());
    }
    if (q.actor() != null) {
      sql.append(" AND e.participants LIKE ? ESCAPE '\\'");
      args.add("%" + likeEscape(fold(q.actor())) + "%");
    }
    if (q.topic() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM event_reports r JOIN documents d ON d.id = r.document_id"
              + " WHERE r.event_id = e.id AND d.topics LIKE ? ESCAPE '\\')");
      args.add("%\"" + likeEscape(q.topic().toLowerCase(Locale.ROOT)) + "\"%");
    }
    sql.append(" ORDER BY e.date_first IS NULL, e.date_first, e.id");
    try {
      Map<Long, Event> found = new LinkedHashMap<>();
      try (PreparedStatement p = prepare(sql.toString(), args.toArray());
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getLong(1), EventJson.read(rs.getString(2)));
        }
      }
      Map<Long, List<String>> sources = new LinkedHashMap<>();
      Map<Long, List<String>> why = new LinkedHashMap<>();
      if (!found.isEmpty()) {
        try (PreparedStatement p =
                prepare("SELECT r.event_id, d.doc, r.joined_by FROM event_reports r JOIN documents d ON d.id = r.document_id ORDER BY r.event_id, r.id");
            ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong(1);
            if (found.containsKey(id)) {
              List<String> s = sources.computeIfAbsent(id, k -> new ArrayList<>());
              if (!s.contains(rs.getString(2))) {
                s.add(rs.getString(2));
              }
              String j = rs.getString(3);
              if (j != null) {
                why.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2) + " joined " + j);
              }
            }
          }
        }
      }
      conn.commit();
      List<StoredEvent> out = new ArrayList<>();
      found.forEach((id, e) -> out.add(new StoredEvent(id, e, sources.getOrDefault(id, List.of()), why.getOrDefault(id, List.of()))));
      return out;
    } catch (SQLException e) {
      throw failure("cannot list events", e);
    }
  }

  /**
   * Full-text search over the documents: those containing every word of {@code query}, best
   * first, at most {@code limit}. Punctuation and query operators are treated as spaces.
   */
  public synchronized List<SearchHit> search(String query, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<String> words = new ArrayList<>();
    for (String w : query.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    String sql;
    Object match;
    if (dialect == Dialect.SQLITE) {
      sql =
          "SELECT d.doc, d.source, d.date, -bm25(documents_fts) AS score, snippet(documents_fts, 0, '[', ']', '...', 24)"
              + " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
              + " WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ?";
      List<String> quoted = new ArrayList<>();
      words.forEach(w -> quoted.add("\"" + w + "\""));
      match = String.join(" ", quoted);
    } else {
      sql =
          "SELECT d.doc, d.source, d.date, ts_rank(d.tsv, q) AS score,"
              + " ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MinWords=12, MaxWords=30')"
              + " FROM documents d, plainto_tsquery('english', ?) q WHERE d.tsv @@ q ORDER BY score DESC, d.id LIMIT ?";
      match = String.join(" ", words);
    }
    List<SearchHit> out = new ArrayList<>();
    try {
      try (PreparedStatement p = prepare(sql, match, limit);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5).replaceAll("\\s+", " ").strip()));
        }
      }
      conn.commit();
      return out;
    } catch (SQLException e) {
      throw failure("cannot search", e);
    }
  }

  /**
   * The actors of the stored documents, those acting for {@code country} only when it is given,
   * most events first.
   */
  public synchronized List<ActorSummary> actors(String country) {
    String sql =
        "SELECT * FROM (SELECT a.name, a.kind, a.country, a.title,"
            + " (SELECT COUNT(*) FROM document_actors da WHERE da.actor_id = a.id) AS docs,"
            + " (SELECT COUNT(DISTINCT r.event_id) FROM report_actors ra JOIN event_reports r ON r.id = ra.report_id"
            + " WHERE ra.actor_id = a.id) AS evs FROM actors a"
            + (country == null ? "" : " WHERE a.country = ?")
            + ") x WHERE docs > 0 ORDER BY evs DESC, docs DESC, name";
    List<ActorSummary> out = new ArrayList<>();
    try {
      try (PreparedStatement p = country == null ? prepare(sql) : prepare(sql, country.strip().toUpperCase(Locale.ROOT));
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String c = rs.getString(3);
          out.add(new ActorSummary(rs.getString(1), ActorKind.valueOf(rs.getString(2)), c.isEmpty() ? null : c, rs.getString(4), rs.getInt(5), rs.getInt(6)));
        }
      }
      conn.commit();
      return out;
    } catch (SQLException e) {
      throw failure("cannot list actors", e);
    }
  }

  /** How many documents, reports and events the store holds. */
  public synchronized Stats stats() {
    try {
      int docs = count("SELECT COUNT(*) FROM documents");
      int reports = count("SELECT COUNT(*) FROM event_reports");
      int events = count("SELECT COUNT(*) FROM events");
      conn.commit();
      return new Stats(docs, reports, events);
    } catch (SQLException e) {
      throw failure("cannot count", e);
    }
  }

  /** A read of the store's tables through its connection (see {@link #read}). */
  interface Read<T> {
    T run(Connection c, Dialect d) throws SQLException;
  }

  /**
   * Runs a read on this store's connection, taking turns with the other methods and ending the
   * transaction after it; for the readers in this package that are not part of the command line's
   * queries ({@link Browse}).
   */
  synchronized <T> T read(String what, Read<T> r) {
    try {
      T out = r.run(conn, dialect);
      conn.commit();
      return out;
    } catch (SQLException e) {
      try {
        conn.rollback();
      } catch (SQLException x) {
        e.addSuppressed(x);
      }
      throw failure(what, e);
    }
  }

  private int count(String sql) throws SQLException {
    try (PreparedStatement p = prepare(sql);
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure("cannot close", e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return prepare(conn, sql, args);
  }

  /** A statement with its arguments bound: strings, longs, integers, or nulls (as VARCHAR). */
  static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a == null) {
          p.setNull(i + 1, Types.VARCHAR);
        } else if (a instanceof Long l) {
          p.setLong(i + 1, l);
        } else if (a instanceof Integer n) {
          p.setInt(i + 1, n);
        } else {
          p.setString(i + 1, a.toString());
        }
      }
      return p;
    } catch (SQLException e) {
      p.close();
      throw e;
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(sql, args)) {
      p.executeUpdate();
    }
  }

  private long insert(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(sql + " RETURNING id", args);
        ResultSet rs = p.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("no id returned by " + sql);
      }
      return rs.getLong(1);
    }
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Participant names as the actor filter compares them: accents folded, lower case. */
  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
