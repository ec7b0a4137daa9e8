package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void tableAndSpeedup() {
    String t =
        BenchCommand.table(
            List.of(
                new BenchCommand.Row("dyad", 12.34, 10, 5000, 2, 4.0, 300L * 1024 * 1024),
                new BenchCommand.Row("corenlp-baseline", 20.0, 10, 5000, 2, 16.0, 900L * 1024 * 1024)));
    assertEquals(
        "10 documents, 5000 tokens (CoreNLP tokenizer), 2 measured passes after one warm-up pass\n"
            + "system                load s     docs/s    tokens/s  peak heap MB\n"
            + "dyad                    12.3       5.00      2500.0           300\n"
            + "corenlp-baseline        20.0       1.25       625.0           900\n"
            + "speedup 4.00\n",
        t);
  }

  @Test
  void repeatMustBePositive() {
    Cli.Result r = Cli.run("bench", "--repeat", "0", "x.txt");
    assertEquals(2, r.status());
    assertEquals("dyad bench: --repeat must be at least 1, got 0\nTry 'dyad bench --help' for more information.\n", r.err());
  }

  @Test
  void repeatMustBeANumber() {
    Cli.Result r = Cli.run("bench", "--repeat", "many");
    assertEquals(2, r.status());
    assertEquals(
        "dyad bench: Invalid value for option '--repeat': 'many' is not an int\n"
            + "Try 'dyad bench --help' for more information.\n",
        r.err());
  }
}
