package org.dyad.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.json.RecordJson;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad events}: the stored events, each once with the documents that report it. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Lists the stored events, each real event once with the documents that report it, by date.",
      "Every filter given must hold."
    })
final class EventsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    jsonl,
    csv
  }

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(names = "--countries", split = ",", paramLabel = "ISO3", description = "Only events involving all these countries (e.g. KHM,JPN).")
  List<String> countries;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type: ${COMPLETION-CANDIDATES}.")
  EventType type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events not over before this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events not begun after this day.")
  LocalDate to;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only events with a participant whose name contains NAME (any case).")
  String actor;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only events reported by a document on this topic.")
  String topic;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), jsonl (FORMAT.md events plus \"sources\") or csv.")
  Format format = Format.table;

  @Option(
      names = "--explain",
      description = "Also say why the reports of each event were taken for one event (table: indented lines; jsonl: \"joined_by\").")
  boolean explain;

  @Override
  public Integer call() throws AppException {
    EventQuery q;
    try {
      q = new EventQuery(countries, type, from, to, actor, topic);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    List<StoredEvent> events;
    try (Store store = db.openExisting()) {
      events = store.events(q);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    }
    switch (format) {
      case jsonl -> events.forEach(e -> out.println(jsonl(e, explain)));
      case csv -> {
        out.println("id,type,mode,status,date,precision,source,target,participants,location,title,amount,currency,sources");
        events.forEach(e -> out.println(csv(e)));
      }
      case table -> table(out, events, explain);
    }
    out.flush();
    return 0;
  }

  static String jsonl(StoredEvent e) {
    return jsonl(e, false);
  }

  static String jsonl(StoredEvent e, boolean explain) {
    ObjectNode n = RecordJson.event(e.event());
    e.sources().forEach(n.putArray("sources")::add);
    if (explain) {
      e.joinedBy().forEach(n.putArray("joined_by")::add);
    }
    return n.toString();
  }

  static String csv(StoredEvent s) {
    Event e = s.event();
    List<String> cells = new ArrayList<>();
    cells.add(Long.toString(s.id()));
    cells.add(e.type().name());
    cells.add(e.mode());
    cells.add(e.status().wireName());
    cells.add(e.date() == null ? null : e.date().label());
    cells.add(e.date() == null ? null : e.date().precision().wireName());
    cells.add(String.join(";", e.source()));
    cells.add(String.join(";", e.target()));
    cells.add(String.join(";", e.participants()));
    cells.add(e.location());
    cells.add(e.title());
    cells.add(e.amount() == null ? null : e.amount().value().toPlainString());
    cells.add(e.amount() == null ? null : e.amount().currency());
    cells.add(String.join(";", s.sources()));
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add(csvCell(c));
    }
    return String.join(",", quoted);
  }

  /** RFC 4180: quote cells with commas, quotes or line breaks, doubling the quotes. */
  static String csvCell(String c) {
    if (c == null) {
      return "";
    }
    return c.matches("(?s).*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
  }

  private static void table(PrintWriter out, List<StoredEvent> events, boolean explain) {
    String fmt = "%-6s %-10s %-8s %-14s %-15s %-44s %s%n";
    out.print(String.format(Locale.ROOT, fmt, "ID", "DATE", "TYPE", "MODE", "COUNTRIES", "WHO / WHAT", "SOURCES"));
    for (StoredEvent s : events) {
      Event e = s.event();
      String what = e.title() != null ? e.title() : String.join(", ", e.participants());
      if (e.amount() != null) {
        what = e.amount().value().toPlainString() + " " + e.amount().currency() + (what.isEmpty() ? "" : " " + what);
      }
      out.print(
          String.format(
              Locale.ROOT, fmt, s.id(), e.date() == null ? "-" : e.date().label(), e.type().name(), e.mode() == null ? "-" : e.mode(),
              countries(e), cut(what, 44), String.join(",", s.sources())));
      if (explain) {
        s.joinedBy().forEach(j -> out.println("       " + j));
      }
    }
    out.println(events.size() + (events.size() == 1 ? " event" : " events"));
  }

  /** Both sides of a symmetric event ("KHM,JPN"), or who acts on whom ("NOR>MOZ"). */
  private static String countries(Event e) {
    String s = String.join(",", e.source());
    return e.target().isEmpty() ? s : s + ">" + String.join(",", e.target());
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 3) + "...";
  }
}
