package org.dyad.app.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.dyad.store.Browse;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;
import org.dyad.store.export.Exporter;

/** The handlers of {@code /api}: each reads its parameters, asks the store and answers JSON. */
final class Api {
  /** Most items one page of a list may hold. */
  static final int MAX_LIMIT = 500;

  private final WebServer.Stores stores;
  private final Uploads uploads;
  private final ExtractorLoader loader;
  private final String version;

  Api(WebServer.Stores stores, Uploads uploads, ExtractorLoader loader, String version) {
    this.stores = stores;
    this.uploads = uploads;
    this.loader = loader;
    this.version = version;
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
  }

  static void json(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  void status(Context ctx) {
    Store.Stats s = stores.reader().store().stats();
    ObjectNode n = Json.object();
    n.put("version", version);
    n.put("documents", s.documents());
    n.put("reports", s.reports());
    n.put("events", s.events());
    n.put("extractor", loader.state());
    if (loader.loadMillis() >= 0) {
      n.put("extractor_load_ms", loader.loadMillis());
    }
    n.put("max_upload_bytes", uploads.maxBytes());
    json(ctx, n);
  }

  // ---- documents

  void documents(Context ctx) {
    int limit = limit(ctx, 50);
    int offset = offset(ctx);
    Browse.Page<Browse.DocumentRow> page = stores.reader().browse().documents(limit, offset);
    ArrayNode items = Json.array();
    page.items().forEach(d -> items.add(Json.documentRow(d)));
    json(ctx, Json.page(items, page.total(), limit, offset));
  }

  void document(Context ctx) {
    String doc = ctx.pathParam("doc");
    Browse.StoredDocument d = stores.reader().browse().document(doc).orElseThrow(() -> ApiError.notFound("no document " + doc));
    ObjectNode n = Json.object();
    n.put("doc", d.doc());
    n.put("source", d.source());
    n.put("content_hash", d.contentHash());
    n.put("ingested_at", d.ingestedAt());
    n.set("record", Json.parse(d.record()));
    ArrayNode ids = n.putArray("event_ids");
    d.eventIds().forEach(ids::add);
    Uploads.Raw raw = uploads.rawText(d);
    n.put("raw_text", raw.text());
    n.put("raw_text_note", raw.note());
    json(ctx, n);
  }

  void upload(Context ctx) throws InterruptedException {
    byte[] bytes;
    String name = ctx.queryParam("name");
    if (ctx.isMultipartFormData()) {
      io.javalin.http.UploadedFile file;
      try {
        file = ctx.uploadedFile("file");
      } catch (Exception e) { // the servlet layer throws ServletException unchecked through Kotlin
        // Jetty's multipart parser refuses a part or a request over the configured sizes
        StringBuilder why = new StringBuilder();
        for (Throwable t = e; t != null && why.length() < 2000; t = t.getCause()) {
          why.append(' ').append(t.getMessage());
        }
        String m = why.toString().toLowerCase(Locale.ROOT);
        if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
          throw tooLarge();
        }
        throw ApiError.badRequest("malformed multipart upload");
      }
      if (file == null) {
        throw ApiError.badRequest("multipart upload without a 'file' part");
      }
      name = name == null ? file.filename() : name;
      try (InputStream in = file.content()) {
        bytes = readAtMost(in, uploads.maxBytes());
      } catch (IOException e) {
        throw ApiError.badRequest("cannot read the upload: " + e.getMessage());
      }
    } else {
      String length = ctx.header("Content-Length");
      if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > uploads.maxBytes()) {
        throw tooLarge();
      }
      try (InputStream in = ctx.bodyInputStream()) {
        bytes = readAtMost(in, uploads.maxBytes());
      } catch (IOException e) {
        throw ApiError.badRequest("cannot read the upload: " + e.getMessage());
      }
    }
    boolean force = "true".equalsIgnoreCase(ctx.queryParam("force"));
    Uploads.Result r = uploads.upload(bytes, name, force);
    ObjectNode n = Json.object();
    n.put("outcome", r.outcome());
    n.put("doc", r.doc());
    n.set("record", r.record() == null ? null : Json.parse(r.record()));
    ArrayNode ids = n.putArray("event_ids");
    r.eventIds().forEach(ids::add);
    n.put("extract_ms", r.extractMillis());
    json(ctx, "skipped".equals(r.outcome()) ? 200 : 201, n);
  }

  private ApiError tooLarge() {
    return new ApiError(413, "upload larger than " + uploads.maxBytes() + " bytes");
  }

  private byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > max) {
        throw tooLarge();
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  // ---- events

  /** The filters of {@code dyad events} from the query string, plus {@code status}. */
  record Filter(EventQuery query, Status status) {
    List<StoredEvent> apply(List<StoredEvent> events) {
      if (status == null) {
        return events;
      }
      return events.stream().filter(e -> e.event().status() == status).toList();
    }
  }

  static Filter filter(Context ctx) {
    String cs = ctx.queryParam("countries");
    List<String> countries = cs == null || cs.isBlank() ? List.of() : Arrays.stream(cs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    EventType type = null;
    String t = blank(ctx.queryParam("type"));
    if (t != null) {
      try {
        type = EventType.valueOf(t.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("type '" + t + "' is not one of " + Arrays.toString(EventType.values()));
      }
    }
    Status status = null;
    String s = blank(ctx.queryParam("status"));
    if (s != null) {
      for (Status x : Status.values()) {
        if (x.wireName().equalsIgnoreCase(s)) {
          status = x;
        }
      }
      if (status == null) {
        throw ApiError.badRequest("status '" + s + "' is not one of occurred, planned, hoped");
      }
    }
    try {
      return new Filter(new EventQuery(countries, type, day(ctx, "from"), day(ctx, "to"), ctx.queryParam("actor"), ctx.queryParam("topic")), status);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate day(Context ctx, String param) {
    String v = blank(ctx.queryParam(param));
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(param + " '" + v + "' is not a day YYYY-MM-DD");
    }
  }

  void events(Context ctx) {
    Filter f = filter(ctx);
    int limit = limit(ctx, 50);
    int offset = offset(ctx);
    List<StoredEvent> all = new ArrayList<>(f.apply(stores.reader().store().events(f.query())));
    String sort = ctx.queryParam("sort") == null ? "date" : ctx.queryParam("sort");
    Comparator<StoredEvent> byDate = Comparator.comparing((StoredEvent e) -> e.event().date() == null ? "9999" : e.event().date().firstDay().toString())
        .thenComparingLong(StoredEvent::id);
    switch (sort) {
      case "date" -> all.sort(byDate);
      case "-date" -> all.sort(Comparator.comparing((StoredEvent e) -> e.event().date() == null ? "" : e.event().date().firstDay().toString())
          .thenComparingLong(StoredEvent::id).reversed());
      case "sources" -> all.sort(Comparator.comparingInt((StoredEvent e) -> e.sources().size()).thenComparing(byDate));
      case "-sources" -> all.sort(Comparator.comparingInt((StoredEvent e) -> -e.sources().size()).thenComparing(byDate));
      default -> throw ApiError.badRequest("sort '" + sort + "' is not one of date, -date, sources, -sources");
    }
    ArrayNode items = Json.array();
    all.stream().skip(offset).limit(limit).forEach(e -> items.add(Json.event(e)));
    json(ctx, Json.page(items, all.size(), limit, offset));
  }

  void event(Context ctx) {
    long id = id(ctx.pathParam("id"), "event");
    Browse.EventDetail d = stores.reader().browse().event(id).orElseThrow(() -> ApiError.notFound("no event " + id));
    ObjectNode n = Json.event(d.event());
    ArrayNode reports = n.putArray("reports");
    d.reports().forEach(r -> reports.add(Json.report(r)));
    json(ctx, n);
  }

  private static long id(String s, String what) {
    if (!s.matches("\\d{1,18}")) {
      throw ApiError.notFound("no " + what + " " + s);
    }
    return Long.parseLong(s);
  }

  // ---- actors

  void actors(Context ctx) {
    int limit = limit(ctx, 100);
    int offset = offset(ctx);
    String country = blank(ctx.queryParam("country"));
    String kind = blank(ctx.queryParam("kind"));
    String q = blank(ctx.queryParam("q"));
    List<Browse.ActorRow> rows = stores.reader().browse().actors().stream()
        .filter(a -> country == null || country.equalsIgnoreCase(a.country()))
        .filter(a -> kind == null || a.kind().wireName().equalsIgnoreCase(kind))
        .filter(a -> q == null || a.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
        .toList();
    ArrayNode items = Json.array();
    rows.stream().skip(offset).limit(limit).forEach(a -> items.add(Json.actorRow(a)));
    json(ctx, Json.page(items, rows.size(), limit, offset));
  }

  void actor(Context ctx) {
    String key = ctx.pathParam("actor");
    Browse browse = stores.reader().browse();
    Optional<Long> id = key.matches("\\d{1,18}") ? Optional.of(Long.parseLong(key)) : browse.actorId(key);
    Browse.ActorDetail a = id.flatMap(browse::actor).orElseThrow(() -> ApiError.notFound("no actor " + key));
    ObjectNode n = Json.actorRow(a.actor());
    ArrayNode offices = n.putArray("offices");
    for (Browse.Office o : a.offices()) {
      offices.addObject().put("title", o.title()).put("first", o.first()).put("last", o.last()).put("documents", o.documents());
    }
    ArrayNode events = n.putArray("event_list");
    a.events().forEach(e -> events.add(Json.event(e)));
    ArrayNode docs = n.putArray("document_list");
    for (Browse.Mention m : a.documents()) {
      docs.addObject().put("doc", m.doc()).put("date", m.date()).put("title", m.title());
    }
    json(ctx, n);
  }

  // ---- search, summaries, export

  void search(Context ctx) {
    String q = blank(ctx.queryParam("q"));
    if (q == null) {
      throw ApiError.badRequest("q (the words to find) is required");
    }
    if (q.length() > 500) {
      throw ApiError.badRequest("q is longer than 500 characters");
    }
    int limit = limit(ctx, 20);
    int offset = offset(ctx);
    ArrayNode items = Json.array();
    stores.reader().browse().search(q, limit, offset).forEach(p -> items.add(Json.passage(p)));
    ObjectNode n = Json.object();
    n.put("query", q);
    n.put("limit", limit);
    n.put("offset", offset);
    n.set("items", items);
    json(ctx, n);
  }

  void pair(Context ctx) {
    String a = ctx.pathParam("a").toUpperCase(Locale.ROOT);
    String b = ctx.pathParam("b").toUpperCase(Locale.ROOT);
    if (!a.matches("[A-Z]{3}") || !b.matches("[A-Z]{3}")) {
      throw ApiError.badRequest("countries are ISO 3166-1 alpha-3 codes, e.g. /api/pairs/JPN/KHM");
    }
    WebServer.Reader r = stores.reader();
    List<StoredEvent> events = r.store().events(new EventQuery(List.of(a, b), null, null, null, null, null));
    Map<String, Integer> topics = r.browse().topics(events.stream().map(StoredEvent::id).toList());
    json(ctx, Summary.pair(a, b, events, topics));
  }

  /** The countries answer for the store's counts it was computed at: it reads every event, so it is kept until they change. */
  private record Countries(Store.Stats at, ObjectNode json) {}

  private volatile Countries countries;

  void countries(Context ctx) {
    WebServer.Reader r = stores.reader();
    Store.Stats now = r.store().stats();
    Countries c = countries;
    if (c == null || !c.at().equals(now)) {
      c = new Countries(now, Summary.countries(r.store().events(EventQuery.all())));
      countries = c;
    }
    json(ctx, c.json());
  }

  void export(Context ctx) throws IOException {
    Exporter.Format format;
    try {
      format = Exporter.Format.of(ctx.pathParam("format"));
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound(e.getMessage());
    }
    Filter f = filter(ctx);
    WebServer.Reader r = stores.reader();
    List<StoredEvent> events = f.apply(r.store().events(f.query()));
    Map<String, Actor> actors = new HashMap<>();
    r.store().actors(null).forEach(a -> actors.putIfAbsent(a.name(), new Actor(a.name(), a.kind(), a.country(), a.title(), List.of())));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8)) {
      Exporter.write(format, events, actors::get, w);
    }
    String ext = switch (format) {
      case JSONL, PLOVER -> "jsonl";
      case CSV -> "csv";
      case GDELT -> "tsv";
    };
    String type = switch (format) {
      case JSONL, PLOVER -> "application/x-ndjson";
      case CSV -> "text/csv";
      case GDELT -> "text/tab-separated-values";
    };
    ctx.header("Content-Disposition", "attachment; filename=\"dyad-events-" + format.wireName() + "." + ext + "\"");
    ctx.contentType(type + "; charset=utf-8").result(buf.toByteArray());
  }

  // ---- paging

  static int limit(Context ctx, int dflt) {
    String v = ctx.queryParam("limit");
    if (v == null || v.isBlank()) {
      return dflt;
    }
    if (!v.strip().matches("\\d{1,6}") || Integer.parseInt(v.strip()) < 1 || Integer.parseInt(v.strip()) > MAX_LIMIT) {
      throw ApiError.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + v + "'");
    }
    return Integer.parseInt(v.strip());
  }

  static int offset(Context ctx) {
    String v = ctx.queryParam("offset");
    if (v == null || v.isBlank()) {
      return 0;
    }
    if (!v.strip().matches("\\d{1,9}")) {
      throw ApiError.badRequest("offset must be a whole number from 0, not '" + v + "'");
    }
    return Integer.parseInt(v.strip());
  }
}
