package org.dyad.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.model.Actor;
import org.dyad.store.ActorSummary;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoredEvent;
import org.dyad.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad export}: every stored event in an interchange format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Writes every stored event, once with the documents that report it, as jsonl, csv, gdelt or plover.",
      "jsonl: FORMAT.md events plus id and sources; gdelt: the GDELT 2.0 event table's 61 columns with CAMEO",
      "codes; plover: PLOVER JSON events. The mappings are documented in docs/EXPORTS.md."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, gdelt or plover.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path output;

  @Override
  public Integer call() throws AppException {
    Exporter.Format f;
    try {
      f = Exporter.Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<StoredEvent> events;
    Map<String, Actor> actors = new HashMap<>();
    try (Store store = db.openExisting()) {
      events = store.events(EventQuery.all());
      for (ActorSummary a : store.actors(null)) {
        actors.putIfAbsent(a.name(), new Actor(a.name(), a.kind(), a.country(), a.title(), List.of()));
      }
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        Exporter.write(f, events, actors::get, out);
      } catch (IOException e) {
        throw new AppException("cannot write: " + Inputs.reason(e), Main.FAILURE);
      }
      out.flush();
      return 0;
    }
    Path tmp = AtomicOutput.tempBeside(output);
    boolean moved = false;
    try {
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8)) {
        Exporter.write(f, events, actors::get, w);
      }
      AtomicOutput.move(tmp, output);
      moved = true;
    } catch (IOException e) {
      throw new AppException(output + ": cannot write: " + Inputs.reason(e), Main.FAILURE);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          spec.commandLine().getErr().println("dyad: cannot remove temporary file " + tmp + ": " + Inputs.reason(e));
        }
      }
    }
    spec.commandLine().getErr().println("dyad: " + events.size() + " events written to " + output);
    return 0;
  }
}
