package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.model.ActorKind;
import org.dyad.model.Event;
import org.dyad.model.Span;

/**
 * What a browser of the store asks for beyond the command line's queries: documents one by one,
 * one event with each document's report of it, actors with their offices and events, and search
 * passages with the matched words as spans. Reads only; safe to share between threads (the calls
 * take turns on the store's connection).
 */
public final class Browse {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Longest IN (...) list sent at once. */
  private static final int CHUNK = 500;

  private final Store store;

  /** A reader of {@code store}, which the caller keeps open (and closes). */
  public Browse(Store store) {
    this.store = store;
  }

  /** One page of a longer list. */
  public record Page<T>(List<T> items, int total) {}

  /**
   * A stored document in a list.
   *
   * @param headline the first line of its text, cut at 160 characters
   * @param events how many event reports it gives
   */
  public record DocumentRow(String doc, String source, String date, List<String> topics, String ingestedAt, int events, String headline) {}

  /**
   * One stored document.
   *
   * @param record its extraction record as stored (FORMAT.md JSON)
   * @param eventIds for each event of the record (by position), the stored event it is a report
   *     of, or {@code null}
   */
  public record StoredDocument(String doc, String source, String contentHash, String ingestedAt, String record, List<Long> eventIds) {}

  /** A span of evidence with the text it covers in its document. */
  public record Evidence(int start, int end, String text) {}

  /** One document's report of an event. */
  public record EventReport(String doc, String source, String documentDate, Event event, List<Evidence> evidence, String joinedBy) {}

  /** An event with every document's report of it, first report first. */
  public record EventDetail(StoredEvent event, List<EventReport> reports) {}

  /** An actor over all stored documents, with the store's id for it. */
  public record ActorRow(long id, String name, ActorKind kind, String country, String title, int documents, int events) {}

  /** An office the documents give an actor, with the first and last document dates that give it. */
  public record Office(String title, String first, String last, int documents) {}

  /** A document that names an actor, with the office it gives. */
  public record Mention(String doc, String date, String title) {}

  /** An actor with offices, events (by date) and the documents that name it. */
  public record ActorDetail(ActorRow actor, List<Office> offices, List<StoredEvent> events, List<Mention> documents) {}

  /**
   * A document matching a search, with a passage and the matched words in it.
   *
   * @param marks spans of {@code passage} that matched the query
   */
  public record Passage(String doc, String source, String date, double score, String passage, List<Span> marks) {}

  /** Documents, latest dated first (undated last), {@code limit} from {@code offset}. */
  public Page<DocumentRow> documents(int limit, int offset) {
    return store.read("cannot list documents", (c, d) -> {
      int total = count(c, "SELECT COUNT(*) FROM documents");
      List<DocumentRow> rows = new ArrayList<>();
      try (PreparedStatement p = Store.prepare(c,
              "SELECT d.doc, d.source, d.date, d.topics, d.ingested_at,"
                  + " (SELECT COUNT(*) FROM event_reports r WHERE r.document_id = d.id), substr(d.text, 1, 400)"
                  + " FROM documents d ORDER BY d.date IS NULL, d.date DESC, d.id DESC LIMIT ? OFFSET ?", limit, offset);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new DocumentRow(rs.getString(1), rs.getString(2), rs.getString(3), EventJson.stringList(rs.getString(4)), rs.getString(5),
              rs.getInt(6), headline(rs.getString(7))));
        }
      }
      return new Page<>(rows, total);
    });
  }

  private static String headline(String start) {
    for (String line : start.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        return t.length() <= 160 ? t : t.substring(0, 159) + "…";
      }
    }
    return "";
  }

  /** The document of this id (the latest stored, when two files had the same name). */
  public Optional<StoredDocument> document(String doc) {
    return store.read("cannot read document " + doc, (c, d) -> {
      long id;
      StoredDocument partial;
      try (PreparedStatement p = Store.prepare(c, "SELECT id, doc, source, content_hash, ingested_at, record FROM documents WHERE doc = ? ORDER BY id DESC LIMIT 1", doc);
          ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getLong(1);
        partial = new StoredDocument(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), List.of());
      }
      TreeMap<Integer, Long> byOrdinal = new TreeMap<>();
      try (PreparedStatement p = Store.prepare(c, "SELECT ordinal, event_id FROM event_reports WHERE document_id = ?", id);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          byOrdinal.put(rs.getInt(1), rs.getLong(2));
        }
      }
      List<Long> ids = new ArrayList<>();
      int n = byOrdinal.isEmpty() ? 0 : byOrdinal.lastKey() + 1;
      for (int i = 0; i < n; i++) {
        ids.add(byOrdinal.get(i));
      }
      return Optional.of(new StoredDocument(partial.doc(), partial.source(), partial.contentHash(), partial.ingestedAt(), partial.record(), ids));
    });
  }

  /** The id of the document stored with this content hash (see {@link Store#contentHash}). */
  public Optional<String> documentWithHash(String contentHash) {
    return store.read("cannot read documents", (c, d) -> {
      try (PreparedStatement p = Store.prepare(c, "SELECT doc FROM documents WHERE content_hash = ?", contentHash);
          ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
      }
    });
  }

  /** The event of this id with each document's report of it. */
  public Optional<EventDetail> event(long id) {
    return store.read("cannot read event " + id, (c, d) -> {
      List<StoredEvent> found = load(c, List.of(id));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      List<EventReport> reports = new ArrayList<>();
      try (PreparedStatement p = Store.prepare(c,
              "SELECT d.doc, d.source, d.date, r.event, r.evidence, r.joined_by FROM event_reports r JOIN documents d ON d.id = r.document_id"
                  + " WHERE r.event_id = ? ORDER BY r.id", id);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          reports.add(new EventReport(rs.getString(1), rs.getString(2), rs.getString(3), EventJson.read(rs.getString(4)), evidence(rs.getString(5)),
              rs.getString(6)));
        }
      }
      return Optional.of(new EventDetail(found.get(0), reports));
    });
  }

  private static List<Evidence> evidence(String json) {
    List<Evidence> out = new ArrayList<>();
    for (JsonNode n : tree(json)) {
      out.add(new Evidence(n.path("start").asInt(), n.path("end").asInt(), n.path("text").asText()));
    }
    return out;
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored value is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The events of these ids, by date (undated last), then id; unknown ids are left out. */
  public List<StoredEvent> events(Collection<Long> ids) {
    return store.read("cannot read events", (c, d) -> load(c, ids));
  }

  private static List<StoredEvent> load(Connection c, Collection<Long> ids) throws SQLException {
    record Row(long id, String first, Event event) {}
    List<Row> rows = new ArrayList<>();
    Map<Long, List<String>> sources = new LinkedHashMap<>();
    Map<Long, List<String>> why = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      String in = "(" + "?,".repeat(part.size() - 1) + "?)";
      try (PreparedStatement p = Store.prepare(c, "SELECT id, date_first, event FROM events WHERE id IN " + in, part.toArray());
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), rs.getString(2), EventJson.read(rs.getString(3))));
        }
      }
      try (PreparedStatement p = Store.prepare(c,
              "SELECT r.event_id, d.doc, r.joined_by FROM event_reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id IN " + in
                  + " ORDER BY r.event_id, r.id", part.toArray());
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          List<String> s = sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
          if (!s.contains(rs.getString(2))) {
            s.add(rs.getString(2));
          }
          if (rs.getString(3) != null) {
            why.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2) + " joined " + rs.getString(3));
          }
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.first() == null).thenComparing(r -> r.first() == null ? "" : r.first()).thenComparingLong(Row::id));
    List<StoredEvent> out = new ArrayList<>();
    for (Row r : rows) {
      List<String> s = sources.get(r.id());
      if (s != null) {
        out.add(new StoredEvent(r.id(), r.event(), s, why.getOrDefault(r.id(), List.of())));
      }
    }
    return out;
  }

  /** Every actor named by a stored document, most events first, then most documents, then name. */
  public List<ActorRow> actors() {
    return store.read("cannot list actors", (c, d) -> {
      List<ActorRow> out = new ArrayList<>();
      try (PreparedStatement p = Store.prepare(c, ACTORS + ") x WHERE docs > 0 ORDER BY evs DESC, docs DESC, name, id");
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(actorRow(rs));
        }
      }
      return out;
    });
  }

  private static final String ACTORS =
      "SELECT * FROM (SELECT a.id, a.name, a.kind, a.country, a.title,"
          + " (SELECT COUNT(*) FROM document_actors da WHERE da.actor_id = a.id) AS docs,"
          + " (SELECT COUNT(DISTINCT r.event_id) FROM report_actors ra JOIN event_reports r ON r.id = ra.report_id"
          + " WHERE ra.actor_id = a.id) AS evs FROM actors a";

  private static ActorRow actorRow(ResultSet rs) throws SQLException {
    String country = rs.getString(4);
    return new ActorRow(rs.getLong(1), rs.getString(2), ActorKind.valueOf(rs.getString(3)), country == null || country.isEmpty() ? null : country,
        rs.getString(5), rs.getInt(6), rs.getInt(7));
  }

  /**
   * The actor a name stands for: the actors stored under the same name key (honorifics, case and
   * accents aside), the one in most events first.
   */
  public Optional<Long> actorId(String name) {
    String key = Clusterer.nameKey(name);
    return store.read("cannot find actor " + name, (c, d) -> {
      try (PreparedStatement p = Store.prepare(c, ACTORS + " WHERE a.name_key = ?) x WHERE docs > 0 ORDER BY evs DESC, docs DESC, id LIMIT 1", key);
          ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
      }
    });
  }

  /** The actor of this id, with its offices, events and documents. */
  public Optional<ActorDetail> actor(long id) {
    return store.read("cannot read actor " + id, (c, d) -> {
      ActorRow row;
      try (PreparedStatement p = Store.prepare(c, ACTORS + " WHERE a.id = ?) x", id);
          ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        row = actorRow(rs);
      }
      List<Mention> mentions = new ArrayList<>();
      try (PreparedStatement p = Store.prepare(c,
              "SELECT d.doc, d.date, da.title FROM document_actors da JOIN documents d ON d.id = da.document_id WHERE da.actor_id = ?"
                  + " ORDER BY d.date IS NULL, d.date, d.id", id);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          mentions.add(new Mention(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      Map<String, Office> offices = new LinkedHashMap<>();
      for (Mention m : mentions) {
        if (m.title() == null) {
          continue;
        }
        Office o = offices.get(m.title());
        if (o == null) {
          offices.put(m.title(), new Office(m.title(), m.date(), m.date(), 1));
        } else {
          String first = o.first() == null ? m.date() : o.first();
          String last = m.date() == null ? o.last() : m.date();
          offices.put(m.title(), new Office(m.title(), first, last, o.documents() + 1));
        }
      }
      List<Long> eventIds = new ArrayList<>();
      try (PreparedStatement p = Store.prepare(c,
              "SELECT DISTINCT r.event_id FROM report_actors ra JOIN event_reports r ON r.id = ra.report_id WHERE ra.actor_id = ?", id);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          eventIds.add(rs.getLong(1));
        }
      }
      return Optional.of(new ActorDetail(row, new ArrayList<>(offices.values()), load(c, eventIds), mentions));
    });
  }

  /** How many of the documents reporting these events have each topic, most first. */
  public Map<String, Integer> topics(Collection<Long> eventIds) {
    return store.read("cannot count topics", (c, d) -> {
      Map<Long, String> docs = new LinkedHashMap<>();
      List<Long> all = new ArrayList<>(eventIds);
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
        String in = "(" + "?,".repeat(part.size() - 1) + "?)";
        try (PreparedStatement p = Store.prepare(c,
                "SELECT DISTINCT d.id, d.topics FROM event_reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id IN " + in,
                part.toArray());
            ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            docs.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
      Map<String, Integer> counts = new TreeMap<>();
      for (String t : docs.values()) {
        EventJson.stringList(t).forEach(x -> counts.merge(x, 1, Integer::sum));
      }
      Map<String, Integer> out = new LinkedHashMap<>();
      counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    });
  }

  /**
   * Full-text search as {@link Store#search}, {@code limit} from {@code offset}, each hit with a
   * passage and the matched words in it as spans (so that a reader can mark them without parsing
   * brackets the text may hold).
   */
  public List<Passage> search(String query, int limit, int offset) {
    List<String> words = new ArrayList<>();
    for (String w : query.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    return store.read("cannot search", (c, d) -> {
      String sql;
      Object[] args;
      if (d == Dialect.SQLITE) {
        sql = "SELECT d.doc, d.source, d.date, -bm25(documents_fts), snippet(documents_fts, 0, ?, ?, '…', 40)"
            + " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            + " WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ? OFFSET ?";
        List<String> quoted = new ArrayList<>();
        words.forEach(w -> quoted.add("\"" + w + "\""));
        args = new Object[] {START, STOP, String.join(" ", quoted), limit, offset};
      } else {
        sql = "SELECT d.doc, d.source, d.date, ts_rank(d.tsv, q), ts_headline('english', d.text, q, ?)"
            + " FROM documents d, plainto_tsquery('english', ?) q WHERE d.tsv @@ q ORDER BY 4 DESC, d.id LIMIT ? OFFSET ?";
        args = new Object[] {"StartSel=" + START + ", StopSel=" + STOP + ", MinWords=20, MaxWords=45", String.join(" ", words), limit, offset};
      }
      List<Passage> out = new ArrayList<>();
      try (PreparedStatement p = Store.prepare(c, sql, args);
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(passage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5)));
        }
      }
      return out;
    });
  }

  private static final String START = "\u0002";
  private static final String STOP = "\u0003";

  /** The passage without its markers, and where the markers were. */
  static Passage passage(String doc, String source, String date, double score, String marked) {
    String s = marked.replaceAll("\\s+", " ").strip();
    StringBuilder text = new StringBuilder();
    List<Span> marks = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == START.charAt(0)) {
        open = text.length();
      } else if (ch == STOP.charAt(0)) {
        if (open >= 0 && text.length() > open) {
          marks.add(new Span(open, text.length()));
        }
        open = -1;
      } else {
        text.append(ch);
      }
    }
    return new Passage(doc, source, date, score, text.toString(), marks);
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql);
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
