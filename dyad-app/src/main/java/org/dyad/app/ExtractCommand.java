package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.ExtractorConfig;
import org.dyad.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad extract}: one JSON record per document. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Extracts one record per document and prints it as one line of JSON (FORMAT.md), in the"
          + " order the documents were given.",
      "",
      "A file's type is read from its content: text (UTF-8, UTF-16/32 with a BOM, or a legacy"
          + " encoding such as Windows-1252 or Shift_JIS, detected), an HTML page (main content"
          + " only; its URL, title and publication date go into \"source\"), a PDF with a text"
          + " layer, a JSON Lines feed (id, text, date, url, title per line) or a WARC file (one"
          + " document per HTML response).",
      "",
      "A directory stands for the documents directly inside it (.txt, .html, .htm, .pdf, .jsonl,"
          + " .warc, .warc.gz, or any file whose content is HTML, PDF or WARC; not recursive; hidden"
          + " files skipped), sorted by name. The document id is the file name without directory"
          + " and extension, a feed line's id, or a WARC record's id. A document that cannot be"
          + " read (missing, unreadable, empty, binary, a PDF without text, too large, too slow: see doc-timeout) gets one"
          + " error line on stderr; the others are still extracted, and the exit status is then 1.",
      "",
      "With --output, the records go to a temporary file beside FILE that replaces FILE only when"
          + " all documents have been processed, so FILE is never half-written. When no document"
          + " could be extracted at all, FILE is left as it was."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every document extracted", "1:some document failed", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConfigOption config;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the records to FILE (atomically) instead of stdout.")
  Path output;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Documents (text in any encoding, HTML, PDF, JSONL or WARC feeds) or directories of them.")
  List<Path> paths;

  @Override
  public Integer call() throws AppException {
    ExtractorConfig settings = config.load();
    PrintWriter err = spec.commandLine().getErr();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      Batch.Outcome o = Batch.run(paths, settings, err, r -> out.println(RecordJson.toLine(r)));
      out.flush();
      return o.failed() == 0 ? 0 : Main.FAILURE;
    }
    return toFile(settings, err);
  }

  private int toFile(ExtractorConfig settings, PrintWriter err) throws AppException {
    Path target = output.toAbsolutePath();
    Path dir = target.getParent();
    if (Files.isDirectory(target)) {
      throw new AppException(output + ": is a directory", Main.FAILURE);
    }
    Path tmp = AtomicOutput.tempBeside(target);
    Writer w;
    try {
      w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new AppException(output + ": cannot write here: " + Inputs.reason(e), Main.FAILURE);
    }
    boolean moved = false;
    try (w) {
      Batch.Outcome o =
          Batch.run(
              paths,
              settings,
              err,
              r -> {
                try {
                  w.write(RecordJson.toLine(r));
                  w.write('\n');
                } catch (IOException e) {
                  throw new AppException(output + ": cannot write: " + Inputs.reason(e), Main.FAILURE);
                }
              });
      w.close();
      if (o.extracted() == 0) {
        err.println("dyad: no document could be extracted; " + output + " left unchanged");
        return Main.FAILURE;
      }
      AtomicOutput.move(tmp, target);
      moved = true;
      return o.failed() == 0 ? 0 : Main.FAILURE;
    } catch (IOException e) {
      throw new AppException(output + ": cannot write: " + Inputs.reason(e), Main.FAILURE);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          err.println("dyad: cannot remove temporary file " + tmp + ": " + Inputs.reason(e));
        }
      }
    }
  }
}
