package org.dyad.app.serve;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.DocumentException;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Amount;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Precision;
import org.dyad.model.RawDocument;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.read.Documents;
import org.dyad.read.UnreadableException;
import org.dyad.store.Store;

/**
 * A small store of hand-made records (no language models), a stand-in extractor, and an HTTP client
 * for the server under test. The texts are made up for these tests.
 */
final class Fixtures {
  private Fixtures() {}

  static final String CALL_TEXT =
      "Oslo, 1 February 2024 - Norway's Minister of Foreign Affairs Ola Nordmann spoke by telephone with Kenya's Cabinet"
          + " Secretary Jane Mwangi about fisheries and regional security.\n\nNorway will give a grant of NOK 20 million for"
          + " fisheries research on Lake Victoria.";

  static final String READOUT_TEXT =
      "Nairobi, 1 February 2024 - Cabinet Secretary Jane Mwangi held a telephone conversation with Ola Nordmann, the Norwegian"
          + " foreign minister [readout].\n\nThe two discussed fisheries cooperation.";

  static final String MOU_TEXT =
      "Lima, 15 March 2024 - Peru and Ecuador signed a Memorandum of Understanding on cross-border electricity trade."
          + " The ministers of energy, Rosa Quispe and Diego Andrade, met in Lima before the signing.";

  private static DateValue day(String iso) {
    return DateValue.ofDay(LocalDate.parse(iso), Basis.STATED);
  }

  private static Span first(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException(part);
    }
    return new Span(at, at + part.length());
  }

  static List<ExtractionRecord> records() {
    Actor ola = new Actor("Ola Nordmann", ActorKind.PERSON, "NOR", "Minister of Foreign Affairs", List.of());
    Actor jane = new Actor("Jane Mwangi", ActorKind.PERSON, "KEN", "Cabinet Secretary", List.of());
    Actor norway = new Actor("Norway", ActorKind.COUNTRY, "NOR", null, List.of());
    Actor kenya = new Actor("Kenya", ActorKind.COUNTRY, "KEN", null, List.of());
    Event call = new Event(EventType.CONSULT, "phone", Status.OCCURRED, day("2024-02-01"), List.of("Ola Nordmann", "Jane Mwangi"),
        List.of("NOR", "KEN"), List.of(), null, null, null, List.of(first(CALL_TEXT, "Norway's Minister of Foreign Affairs Ola Nordmann spoke by telephone")));
    Event grant = new Event(EventType.AID, "grant", Status.PLANNED, day("2024-02-01"), List.of(), List.of("NOR"), List.of("KEN"), null,
        "fisheries research on Lake Victoria", new Amount(new BigDecimal("20000000"), "NOK", new BigDecimal("1900000")),
        List.of(first(CALL_TEXT, "Norway will give a grant of NOK 20 million")));
    ExtractionRecord a = new ExtractionRecord("oslo-nairobi-call", CALL_TEXT, day("2024-02-01"), List.of(ola, jane, norway, kenya),
        List.of(call, grant), List.of("agriculture", "security"), List.of("a warning a reader should check"));
    Event call2 = new Event(EventType.CONSULT, "phone", Status.OCCURRED, day("2024-02-01"), List.of("Jane Mwangi", "Ola Nordmann"),
        List.of("KEN", "NOR"), List.of(), null, null, null, List.of(first(READOUT_TEXT, "Jane Mwangi held a telephone conversation with Ola Nordmann")));
    ExtractionRecord b = new ExtractionRecord("nairobi-readout", READOUT_TEXT, day("2024-02-01"), List.of(jane, ola, kenya, norway),
        List.of(call2), List.of("agriculture"), List.of());
    Actor rosa = new Actor("Rosa Quispe", ActorKind.PERSON, "PER", "Minister of Energy", List.of());
    Actor diego = new Actor("Diego Andrade", ActorKind.PERSON, "ECU", "Minister of Energy", List.of());
    Event mou = new Event(EventType.AGREE, "mou", Status.OCCURRED, day("2024-03-15"), List.of(), List.of("PER"), List.of("ECU"), "Lima",
        "Memorandum of Understanding on cross-border electricity trade", null, List.of(first(MOU_TEXT, "Peru and Ecuador signed a Memorandum")));
    Event meeting = new Event(EventType.CONSULT, "meeting", Status.OCCURRED, day("2024-03-15"), List.of("Rosa Quispe", "Diego Andrade"),
        List.of("PER", "ECU"), List.of(), "Lima", null, null, List.of(first(MOU_TEXT, "Rosa Quispe and Diego Andrade, met in Lima")));
    ExtractionRecord c = new ExtractionRecord("lima-quito-mou", MOU_TEXT, day("2024-03-15"), List.of(rosa, diego), List.of(mou, meeting),
        List.of("energy"), List.of());
    return List.of(a, b, c);
  }

  /** A store at {@code db} holding the records above. */
  static void fill(String db) {
    try (Store s = Store.open(db)) {
      for (ExtractionRecord r : records()) {
        s.put(r, r.doc() + ".txt", Store.contentHash(r.text().getBytes(StandardCharsets.UTF_8)), false);
      }
    }
  }

  /**
   * A stand-in for the extractor: the document's text as read, one CONSULT event between Norway
   * and Kenya stated by the first line, no models.
   */
  static ExtractionRecord fakeExtract(RawDocument doc) throws DocumentException {
    String text;
    try {
      text = Documents.read(doc).text().strip();
    } catch (UnreadableException e) {
      throw new DocumentException(doc.source() + ": " + e.getMessage());
    }
    if (text.isEmpty()) {
      throw new DocumentException(doc.source() + ": no text (only whitespace)");
    }
    int end = text.indexOf('\n') > 0 ? text.indexOf('\n') : text.length();
    List<Event> events = new ArrayList<>();
    events.add(new Event(EventType.CONSULT, "meeting", Status.OCCURRED, DateValue.ofDay(LocalDate.of(2024, 5, 2), Basis.STATED),
        List.of("Ola Nordmann"), List.of("NOR", "KEN"), List.of(), null, null, null, List.of(new Span(0, end))));
    return new ExtractionRecord(doc.id(), text, new DateValue("2024-05-02", Precision.DAY, Basis.STATED), List.of(), events, List.of(), List.of());
  }

  static WebServer start(Path dir, WebServer.Options o) {
    String db = dir.resolve("store.db").toString();
    fill(db);
    return WebServer.start(db, o, () -> Fixtures::fakeExtract, "dyad test");
  }

  static WebServer.Options options(Path dir) {
    return new WebServer.Options("127.0.0.1", 0, 64 * 1024, 10_000, 10_000, dir.resolve("uploads"), 2, 1, false);
  }

  /** A client of one server. */
  record Client(HttpClient http, String base) {
    Client(WebServer s) {
      this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), "http://127.0.0.1:" + s.port());
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
