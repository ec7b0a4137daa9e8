package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: the fixture events in every format must print exactly {@code
 * events.expected.*}. When an export changes on purpose, regenerate them and review the diff:
 *
 * <pre>mvn -pl dyad-store -am test -Dtest=ExportGoldenTest -Ddyad.regenerate=true</pre>
 */
class ExportGoldenTest {
  static final Path DIR = Path.of("src/test/resources/org/dyad/store/export");

  @ParameterizedTest
  @CsvSource({"jsonl, events.expected.jsonl", "csv, events.expected.csv", "gdelt, events.expected.tsv",
      "plover, events.plover.expected.jsonl"})
  void exportMatchesGoldenFile(String format, String file) throws IOException {
    StringWriter out = new StringWriter();
    Exporter.write(Exporter.Format.of(format), Fixtures.events(), Fixtures.LOOKUP, out);
    Path expected = DIR.resolve(file);
    if (Boolean.getBoolean("dyad.regenerate")) {
      Files.writeString(expected, out.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(expected), expected + " is missing; regenerate with -Ddyad.regenerate=true");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), out.toString(), format + " differs from " + file);
  }
}
