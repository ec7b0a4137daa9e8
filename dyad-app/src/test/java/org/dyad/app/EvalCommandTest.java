package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(EvalCommandTest.class.getResource("eval/" + name).toURI());
  }

  static String expected() throws IOException {
    try (InputStream in = EvalCommandTest.class.getResourceAsStream("eval/expected-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void scoresExistingRecordsExactlyAsScorePy() throws Exception {
    Cli.Result r = Cli.run("eval", "--records", resource("records.jsonl").toString(), resource("gold").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertEquals(expected(), r.out());
  }

  @Test
  void extractsAndScoresDocuments() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        gold.resolve("call.json"),
        "{\"doc\": \"call\", \"date\": {\"value\": \"2031-03-03\"}, \"actors\": [], \"events\": [],"
            + " \"topics\": [], \"text_checks\": {\"contains\": [\"fisheries patrols\"]}}",
        StandardCharsets.UTF_8);
    Path doc =
        Files.writeString(
            dir.resolve("call.txt"), "Two ministers spoke about fisheries\npatrols by telephone.\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("eval", gold.toString(), doc.toString());
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[1].startsWith("call "), r.out());
    assertTrue(lines[lines.length - 1].startsWith("docs=1 event_f1=1.00 event_p=1.00 event_r=1.00"), r.out());
  }

  @Test
  void failedDocumentStillScoresButExitsOne() throws Exception {
    Path empty = Files.writeString(dir.resolve("alpha.txt"), "", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("eval", resource("gold").toString(), empty.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + empty + ": empty file\n", r.err());
    assertTrue(r.out().contains("no record for: alpha, beta, gamma\n"), r.out());
  }

  @Test
  void recordsAndDocumentsTogetherIsUsageError() throws Exception {
    Cli.Result r = Cli.run("eval", "--records", "x.jsonl", "gold", "a.txt");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("dyad eval: give either documents to extract or --records FILE"), r.err());
  }

  @Test
  void emptyGoldDirectory() throws Exception {
    Path records = Files.writeString(dir.resolve("r.jsonl"), "{}\n", StandardCharsets.UTF_8);
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Cli.Result r = Cli.run("eval", "--records", records.toString(), gold.toString());
    assertEquals(2, r.status());
    assertEquals("dyad: no gold files in " + gold + "\n", r.err());
  }

  @Test
  void recordLineThatIsNotJson() throws Exception {
    Path records = Files.writeString(dir.resolve("r.jsonl"), "{\"doc\": \"alpha\"}\n{oops\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("eval", "--records", records.toString(), resource("gold").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("dyad: " + records + ": line 2: not JSON: "), r.err());
    assertEquals("", r.out());
  }
}
