package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code golden/NAME.txt} is extracted and must print exactly {@code
 * golden/NAME.expected.jsonl}. When the extraction improves on purpose, regenerate them and review
 * the diff:
 *
 * <pre>mvn -pl dyad-app -am test -Dtest=ExtractGoldenTest -Ddyad.regenerate=true</pre>
 */
class ExtractGoldenTest {
  static final Path DIR = Path.of("src/test/resources/org/dyad/app/golden");

  static Stream<String> documents() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void extractionMatchesGoldenFile(String name) throws IOException {
    Cli.Result r = Cli.run("extract", DIR.resolve(name + ".txt").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    Path expected = DIR.resolve(name + ".expected.jsonl");
    if (Boolean.getBoolean("dyad.regenerate")) {
      Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(expected), expected + " is missing; regenerate with -Ddyad.regenerate=true");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), r.out(), name + " differs from its golden file");
  }
}
