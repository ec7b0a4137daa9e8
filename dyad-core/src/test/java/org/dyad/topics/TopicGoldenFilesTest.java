package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sweeps every {@code NAME.txt} under {@code src/test/resources/org/dyad/topics} and compares the
 * topics with {@code NAME.expected.txt} (one topic per line). Run with {@code
 * -Ddyad.regenerate=true} to rewrite the expected files from the current output on purpose, then
 * review the diff.
 */
class TopicGoldenFilesTest {
  private static final Path DIR = Path.of("src", "test", "resources", "org", "dyad", "topics");
  private static final boolean REGENERATE = Boolean.getBoolean("dyad.regenerate");

  static Stream<Path> documents() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      List<Path> docs =
          s.filter(p -> p.getFileName().toString().endsWith(".txt"))
              .filter(p -> !p.getFileName().toString().endsWith(".expected.txt"))
              .sorted()
              .toList();
      assertFalse(docs.isEmpty(), "no golden documents in " + DIR.toAbsolutePath());
      return docs.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void topicsMatchExpected(Path doc) throws IOException {
    String name = doc.getFileName().toString();
    Path expectedFile = doc.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected.txt");
    List<String> actual = TopicClassifier.standard().classify(Files.readString(doc, StandardCharsets.UTF_8));
    if (REGENERATE) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    List<String> expected =
        Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(expected, actual, () -> "topics of " + name + " (regenerate with -Ddyad.regenerate=true)");
  }
}
