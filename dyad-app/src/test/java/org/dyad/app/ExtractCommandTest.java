package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOC =
      "Jakarta, 3 March 2031. The foreign ministers of Indonesia and Australia spoke by telephone"
          + " on Monday about fisheries patrols.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] b) throws IOException {
    return Files.write(dir.resolve(name), b);
  }

  private static List<String> docIds(String jsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isEmpty()) {
        JsonNode n = JSON.readTree(line);
        ids.add(n.get("doc").asText());
      }
    }
    return ids;
  }

  @Test
  void goodDocumentGivesOneRecordLine() throws IOException {
    Path p = write("jakarta-call.txt", DOC);
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertEquals(List.of("jakarta-call"), docIds(r.out()));
    JsonNode rec = JSON.readTree(r.out().strip());
    for (String field : List.of("doc", "text", "date", "actors", "events", "topics")) {
      assertTrue(rec.has(field), "record lacks " + field);
    }
  }

  @Test
  void missingFileIsOneErrorLineAndStatusOne() throws IOException {
    Path good = write("good.txt", DOC);
    Path missing = dir.resolve("absent.txt");
    Cli.Result r = Cli.run("extract", missing.toString(), good.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + missing + ": no such file or directory\n", r.err());
    assertEquals(List.of("good"), docIds(r.out()));
  }

  @Test
  void emptyFile() throws IOException {
    Path p = write("empty.txt", "");
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + p + ": empty file\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void binaryFile() throws IOException {
    Path p = writeBytes("scan.txt", new byte[] {'P', 'K', 0, 3, 4, 5});
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + p + ": binary file (NUL byte at offset 2), not text, HTML, PDF or a feed\n", r.err());
  }

  @Test
  void legacyEncodingIsRead() throws IOException {
    // "Université", curly quotes and a dash in Windows-1252: refused as "not valid UTF-8" before
    String text = "Dakar, 3 March 2031 \u2013 \u201cWe welcome the Minister\u2019s visit,\u201d said the Universit\u00e9 de Dakar.\n";
    Path p = writeBytes("cp1252.txt", text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertEquals(text.strip(), JSON.readTree(r.out().strip()).get("text").asText().strip());
  }

  @Test
  void failuresDoNotStopTheOthersAndOrderIsKept() throws IOException {
    Path a = write("a.txt", DOC);
    Path empty = write("empty.txt", "");
    Path b = write("b.txt", DOC.replace("Monday", "Tuesday"));
    Cli.Result r = Cli.run("extract", b.toString(), empty.toString(), a.toString());
    assertEquals(1, r.status());
    assertEquals(List.of("b", "a"), docIds(r.out()));
    assertEquals("dyad: " + empty + ": empty file\n", r.err());
  }

  @Test
  void directoryMeansItsDocumentsSortedByNameNotRecursive() throws IOException {
    write("b-second.txt", DOC);
    write("a-first.txt", DOC);
    write("notes.md", DOC);
    write(".hidden.txt", DOC);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c-nested.txt"), DOC, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("extract", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("a-first", "b-second"), docIds(r.out()));
  }

  @Test
  void directoryWithoutDocumentsIsAnError() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("nothing-here"));
    Cli.Result r = Cli.run("extract", sub.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + sub + ": no documents (text, HTML, PDF, JSONL, WARC) in this directory\n", r.err());
  }

  @Test
  void outputFileIsWrittenAndReplacedWithoutLeftovers() throws IOException {
    Path a = write("hanoi-mou.txt", DOC);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old content\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("extract", "--output", out.toString(), a.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals(List.of("hanoi-mou"), docIds(Files.readString(out, StandardCharsets.UTF_8)));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void outputIsLeftAloneWhenEveryInputFails() throws IOException {
    Path empty = write("empty.txt", "");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old content\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("extract", "-o", out.toString(), empty.toString());
    assertEquals(1, r.status());
    assertEquals(
        "dyad: " + empty + ": empty file\n" + "dyad: no document could be extracted; " + out + " left unchanged\n",
        r.err());
    assertEquals("old content\n", Files.readString(out, StandardCharsets.UTF_8));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(2, s.count(), "no temporary file left behind");
    }
  }

  @Test
  void outputInMissingDirectoryFails() throws IOException {
    Path a = write("a.txt", DOC);
    Path out = dir.resolve("no/such/dir/out.jsonl");
    Cli.Result r = Cli.run("extract", "-o", out.toString(), a.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + out + ": cannot write here: no such file or directory\n", r.err());
  }

  @Test
  void unknownConfigKeyIsUsageError() throws IOException {
    Path cfg = write("dyad.properties", "max-chars=1000000\ncolour=blue\n");
    Path a = write("a.txt", DOC);
    Cli.Result r = Cli.run("extract", "--config", cfg.toString(), a.toString());
    assertEquals(2, r.status());
    assertEquals(
        "dyad extract: --config " + cfg + ": unknown setting(s) [colour]; known: [doc-timeout, max-chars, max-sentence-tokens]\n"
            + "Try 'dyad extract --help' for more information.\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void malformedConfigValueIsUsageError() throws IOException {
    Path cfg = write("dyad.properties", "max-chars=lots\n");
    Path a = write("a.txt", DOC);
    Cli.Result r = Cli.run("extract", "--config", cfg.toString(), a.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("dyad extract: --config " + cfg + ": max-chars must be a whole number, got 'lots'\n"), r.err());
  }

  @Test
  void validConfigIsAccepted() throws IOException {
    Path cfg = write("dyad.properties", "# defaults, spelled out\nmax-chars = 1000000\ndoc-timeout = 60\nmax-sentence-tokens = 200\n");
    Path a = write("a.txt", DOC);
    Cli.Result r = Cli.run("extract", "--config", cfg.toString(), a.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("a"), docIds(r.out()));
  }

  @Test
  void outOfRangeLimitsAreUsageErrors() throws IOException {
    Path a = write("a.txt", DOC);
    for (String[] c : new String[][] {
      {"doc-timeout=-1", "doc-timeout must be 0 (no limit) or a positive number of seconds, got -1"},
      {"doc-timeout=30s", "doc-timeout must be a whole number of seconds, got '30s'"},
      {"max-sentence-tokens=5", "max-sentence-tokens must be between 10 and 1000, got 5"},
      {"max-sentence-tokens=100000", "max-sentence-tokens must be between 10 and 1000, got 100000"}}) {
      Path cfg = write("limits.properties", c[0] + "\n");
      Cli.Result r = Cli.run("extract", "--config", cfg.toString(), a.toString());
      assertEquals(2, r.status(), c[0]);
      assertTrue(r.err().startsWith("dyad extract: --config " + cfg + ": " + c[1] + "\n"), r.err());
    }
  }

  @Test
  void missingConfigFileIsUsageError() throws IOException {
    Path a = write("a.txt", DOC);
    Path cfg = dir.resolve("none.properties");
    Cli.Result r = Cli.run("extract", "--config", cfg.toString(), a.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("dyad extract: --config " + cfg + ": no such file or directory\n"), r.err());
  }

  @Test
  void malformedFlagIsUsageError() throws IOException {
    Path a = write("a.txt", DOC);
    Cli.Result r = Cli.run("extract", "--outptu", "x.jsonl", a.toString());
    assertEquals(2, r.status());
    assertEquals("dyad extract: Unknown option: '--outptu'\nTry 'dyad extract --help' for more information.\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void noPathIsUsageError() {
    Cli.Result r = Cli.run("extract");
    assertEquals(2, r.status());
    assertEquals(
        "dyad extract: Missing required parameter: 'PATH'\nTry 'dyad extract --help' for more information.\n", r.err());
  }

  @Test
  void helpDescribesTheCommand() {
    Cli.Result r = Cli.run("extract", "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("Usage: dyad extract "), r.out());
    assertTrue(r.out().contains("--output=FILE"), r.out());
  }
}
