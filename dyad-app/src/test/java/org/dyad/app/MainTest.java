package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void versionIsTheProjectVersion() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.status());
    assertTrue(r.out().matches("dyad \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), r.out());
  }

  @Test
  void helpListsTheCommands() {
    Cli.Result r = Cli.run("help");
    assertEquals(0, r.status());
    for (String c : new String[] {"extract", "ingest", "events", "search", "actors", "export", "eval", "bench", "kb", "help"}) {
      assertTrue(r.out().contains("  " + c + " "), "help lacks " + c + ":\n" + r.out());
    }
  }

  @Test
  void helpOnACommand() {
    Cli.Result r = Cli.run("help", "eval");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("Usage: dyad eval "), r.out());
  }

  @Test
  void noCommandIsUsageError() {
    Cli.Result r = Cli.run();
    assertEquals(2, r.status());
    assertEquals("dyad: missing command: extract, ingest, events, search, actors, eval, bench, kb, export, serve, loadtest or help\nTry 'dyad --help' for more information.\n", r.err());
  }

  @Test
  void unknownCommandIsUsageError() {
    Cli.Result r = Cli.run("extrakt", "a.txt");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("dyad: Unmatched arguments from index 0: 'extrakt', 'a.txt'"), r.err());
  }
}
