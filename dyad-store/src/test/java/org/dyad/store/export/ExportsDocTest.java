package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.junit.jupiter.api.Test;

/** The mapping tables of docs/EXPORTS.md say what the code does, and cover every type and status. */
class ExportsDocTest {
  static final Path DOC = Path.of("../docs/EXPORTS.md");

  /** Modes tried for a {@code *} cell: every Dyad mode, none, and an unknown one. */
  static final List<String> ANY_MODE =
      Arrays.asList(null, "phone", "video", "visit", "meeting", "consultation", "summit", "mou", "agreement",
          "joint_statement", "partnership_upgrade", "loan", "grant", "equipment", "training", "technical",
          "humanitarian", "unheard_of");

  /** The rows of the table whose header starts with {@code header}, as trimmed cells. */
  static List<List<String>> table(String header) throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(header)) {
        start = i + 2;
        break;
      }
    }
    assertTrue(start > 0, "no table '" + header + "' in " + DOC);
    List<List<String>> rows = new ArrayList<>();
    for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String l = lines.get(i);
      rows.add(Arrays.stream(l.substring(1, l.length() - 1).split("\\|", -1)).map(String::strip).toList());
    }
    return rows;
  }

  static List<String> modes(String cell) {
    if (cell.equals("*")) {
      return ANY_MODE;
    }
    return Arrays.stream(cell.split(", ")).map(m -> m.equals("(none)") ? null : m).toList();
  }

  static List<Status> statuses(String cell) {
    return Arrays.stream(cell.split(", ")).map(s -> Status.valueOf(s.toUpperCase(Locale.ROOT))).toList();
  }

  static Event event(EventType type, String mode, Status status) {
    return Fixtures.event(type, mode, status, null, List.of(), List.of("NOR"), List.of("KEN"), null, null, null, 1);
  }

  @Test
  void cameoTableMatchesTheCode() throws IOException {
    List<List<String>> rows = table("| Dyad type | modes | status | where | CAMEO |");
    Set<String> covered = new HashSet<>();
    for (List<String> r : rows) {
      EventType type = EventType.valueOf(r.get(0));
      List<Boolean> thirds =
          switch (r.get(3)) {
            case "any" -> List.of(false, true);
            case "third country" -> List.of(true);
            case "elsewhere" -> List.of(false);
            default -> throw new AssertionError("bad where: " + r);
          };
      for (String mode : modes(r.get(1))) {
        for (Status status : statuses(r.get(2))) {
          covered.add(type + " " + status);
          for (boolean third : thirds) {
            Cameo c = Cameo.of(event(type, mode, status), third);
            String what = r + " with mode " + mode + ", " + status + ", third " + third;
            assertEquals(r.get(4), c.code(), what);
            assertEquals(r.get(5), c.description(), what);
            assertEquals(r.get(6), String.format(Locale.ROOT, "%.1f", c.goldstein()), what);
            assertEquals(r.get(7), Integer.toString(c.quadClass()), what);
          }
        }
      }
    }
    assertEveryTypeAndStatus(covered);
  }

  @Test
  void ploverTableMatchesTheCode() throws IOException {
    List<List<String>> rows = table("| Dyad type | modes | status | PLOVER event |");
    Set<String> covered = new HashSet<>();
    for (List<String> r : rows) {
      EventType type = EventType.valueOf(r.get(0));
      for (String mode : modes(r.get(1))) {
        for (Status status : statuses(r.get(2))) {
          covered.add(type + " " + status);
          for (boolean third : List.of(false, true)) {
            Sides sides = new Sides(List.of(), List.of(), List.of(), false, third, 2);
            Plover.Coding c = Plover.coding(event(type, mode, status), sides);
            String what = r + " with mode " + mode + ", " + status + ", third " + third;
            String modeCell = r.get(4);
            List<String> expectedModes =
                modeCell.startsWith("third-party when")
                    ? (third ? List.of("third-party") : List.of())
                    : modeCell.isEmpty() ? List.of() : List.of(modeCell);
            assertEquals(r.get(3), c.event(), what);
            assertEquals(expectedModes, c.modes(), what);
            assertEquals(r.get(5).isEmpty() ? List.of() : List.of(r.get(5)), c.contexts(), what);
            assertEquals(r.get(6), Integer.toString(Plover.QUADS.get(c.event())), what);
            assertEquals(r.get(7), String.format(Locale.ROOT, "%.1f", Plover.SCORES.get(c.event())), what);
          }
        }
      }
    }
    assertEveryTypeAndStatus(covered);
  }

  private static void assertEveryTypeAndStatus(Set<String> covered) {
    for (EventType t : EventType.values()) {
      for (Status s : Status.values()) {
        assertTrue(covered.contains(t + " " + s), "the table has no row for " + t + " " + s);
      }
    }
  }

  @Test
  void gdeltColumnTableNamesEveryColumn() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String c : List.of("GLOBALEVENTID", "SQLDATE", "FractionDate", "IsRootEvent", "EventCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL")) {
      assertTrue(doc.contains("| " + c) || doc.contains(", " + c), c + " is not documented");
      assertTrue(Gdelt.COLUMNS.contains(c), c);
    }
  }
}
