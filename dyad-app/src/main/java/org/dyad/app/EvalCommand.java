package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.eval.Report;
import org.dyad.app.eval.Scorer;
import org.dyad.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: the figures of shared/eval/score.py, computed in-process. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Extracts the documents and scores the records against the gold annotations in GOLD_DIR"
          + " (*.json, GOLD.md), printing exactly what shared/eval/score.py prints: one row per"
          + " gold document (events, persons and topics as tp/fp/fn, text checks, document date),"
          + " precision/recall/F1 per event type, and a last line of headline figures.",
      "",
      "With --records, scores an existing JSON Lines file (dyad extract output) instead."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:scored",
      "1:scored, but some document could not be extracted",
      "2:usage error or unusable gold/records"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConfigOption config;

  @Option(names = "--records", paramLabel = "OUT.jsonl", description = "Score these records (dyad extract output).")
  Path records;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Directory of gold annotations.")
  Path goldDir;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Documents or directories to extract.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws AppException {
    if ((records == null) == paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either documents to extract or --records FILE, not both or neither");
    }
    List<JsonNode> golds;
    try {
      golds = Scorer.readGoldDir(goldDir);
    } catch (IOException e) {
      throw new AppException(goldDir + ": " + Inputs.reason(e), Main.USAGE);
    }
    if (golds.isEmpty()) {
      throw new AppException("no gold files in " + goldDir, Main.USAGE);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<JsonNode> recs = new ArrayList<>();
    int failed = 0;
    if (records != null) {
      recs.addAll(readRecords());
    } else {
      Batch.Outcome o = Batch.run(paths, config.load(), spec.commandLine().getErr(), r -> recs.add(RecordJson.toTree(r)));
      failed = o.failed();
    }
    Report report = Scorer.score(golds, recs);
    out.print(report.format());
    out.flush();
    return failed == 0 ? 0 : Main.FAILURE;
  }

  private List<JsonNode> readRecords() throws AppException {
    String text;
    try {
      byte[] b = Files.readAllBytes(records);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      throw new AppException(records + ": not valid UTF-8", Main.USAGE);
    } catch (IOException e) {
      throw new AppException(records + ": " + Inputs.reason(e), Main.USAGE);
    }
    try {
      return Scorer.parseRecords(text);
    } catch (IOException e) {
      throw new AppException(records + ": " + e.getMessage(), Main.USAGE);
    }
  }
}
