package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.store.StoredEvent;

/**
 * Writes clustered events in an exchange format: Dyad's own JSON lines or CSV, the GDELT 2.0 event
 * table, or PLOVER JSON lines. docs/EXPORTS.md documents every column and mapping.
 */
public final class Exporter {
  /** The export formats. */
  public enum Format {
    /** One JSON object per line: the FORMAT.md event shape plus {@code id} and {@code sources}. */
    JSONL,
    /** RFC 4180 CSV with a header row, one row per event. */
    CSV,
    /** The GDELT 2.0 event table: 61 tab-separated columns, CAMEO codes, no header row. */
    GDELT,
    /** One PLOVER event record (JSON) per line. */
    PLOVER;

    /** The name used on the command line. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of that name, in any case.
     *
     * @throws IllegalArgumentException naming the valid formats when there is none of that name
     */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.wireName().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "unknown export format '" + name + "'; expected one of "
              + Arrays.stream(values()).map(Format::wireName).collect(Collectors.joining(", ")));
    }
  }

  private Exporter() {}

  /**
   * Writes {@code events}, in their order, to {@code out}; does not close it. The events are read
   * once, one at a time, so a store may pass a cursor over a large table.
   *
   * @param actorLookup the actor of a participant's canonical name, or {@code null} when the store
   *     has none: GDELT and PLOVER take the participants' countries and offices from it, and fall
   *     back on the event's country codes; JSONL and CSV do not use it ({@code name -> null} will do)
   * @throws IOException when {@code out} fails
   */
  public static void write(
      Format format, Iterable<StoredEvent> events, Function<String, Actor> actorLookup, Writer out)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(actorLookup, "actorLookup");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case JSONL -> {
        for (StoredEvent e : events) {
          out.write(Json.line(Json.dyadEvent(e)));
          out.write('\n');
        }
      }
      case CSV -> Csv.write(events, out);
      case GDELT -> {
        Gdelt gdelt = new Gdelt(actorLookup, KnowledgeBase.standard());
        for (StoredEvent e : events) {
          out.write(String.join("\t", gdelt.row(e)));
          out.write('\n');
        }
      }
      case PLOVER -> {
        Plover plover = new Plover(actorLookup, KnowledgeBase.standard());
        for (StoredEvent e : events) {
          out.write(Json.line(plover.record(e)));
          out.write('\n');
        }
      }
    }
  }
}
