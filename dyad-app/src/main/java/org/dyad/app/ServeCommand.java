package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.app.serve.WebServer;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the REST API and the web application over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Serves the store as a web application and a REST API (JSON, described at /api/openapi.json) until"
          + " interrupted (Ctrl-C).",
      "",
      "Uploaded documents (text, HTML or PDF) are extracted and stored at once. The extractor's language"
          + " models load in the background at start (about 30 s and 2 GB of heap; --lazy-extractor loads them"
          + " on the first upload instead); every other request is answered meanwhile."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Mixin ConfigOption config;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 8080; 0 for any free port).")
  int port = 8080;

  @Option(names = "--examples", description = "First ingest the bundled examples/ into the store (documents stored already are skipped).")
  boolean examples;

  @Option(names = "--max-upload-mb", paramLabel = "MB", description = "Largest upload accepted, in MB (default 20).")
  int maxUploadMb = 20;

  @Option(names = "--rate", paramLabel = "N", description = "API requests a second each client may make on average (default 50, bursts of 4 times as many).")
  int rate = 50;

  @Option(names = "--uploads", paramLabel = "DIR", description = "Where uploaded files are kept, named by content hash (default: uploads/ beside the SQLite file, or ./dyad-data/uploads).")
  Path uploads;

  @Option(names = "--lazy-extractor", description = "Load the language models on the first upload, not at start.")
  boolean lazy;

  @Override
  public Integer call() throws AppException {
    if (maxUploadMb < 1 || rate < 1) {
      throw new ParameterException(spec.commandLine(), "--max-upload-mb and --rate must be at least 1");
    }
    ExtractorConfig settings = config.load();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String where = db.db == null || db.db.isBlank() ? Store.DEFAULT_DB : db.db.strip();
    if (examples) {
      Path dir = Path.of(System.getProperty("dyad.home", "."), "examples");
      if (!Files.isDirectory(dir)) {
        throw new AppException(dir + ": no examples directory (run from the project's root, or through ./dyad)", Main.FAILURE);
      }
      out.println("dyad: ingesting " + dir + " into " + where);
      out.flush();
      List<String> args = new ArrayList<>(List.of("ingest", "--db", where));
      if (config.file != null) {
        args.addAll(List.of("--config", config.file.toString()));
      }
      args.add(dir.toString());
      int status = Main.commandLine(out, err).execute(args.toArray(String[]::new));
      if (status != 0) {
        err.println("dyad: some examples could not be ingested; serving what was stored");
      }
    }
    Path uploadDir = uploads;
    if (uploadDir == null) {
      boolean sqlite = !where.contains("://") && !where.startsWith("jdbc:");
      uploadDir = sqlite ? Path.of(where).toAbsolutePath().getParent().resolve("uploads") : Path.of("dyad-data", "uploads");
    }
    WebServer.Options o = new WebServer.Options(host, port, (long) maxUploadMb << 20, rate, 4 * rate, uploadDir, 2, 1, !lazy);
    String version;
    try {
      version = new Main.Version().getVersion()[0];
    } catch (java.io.IOException e) {
      version = "dyad";
    }
    WebServer server;
    try {
      server = WebServer.start(where, o, () -> extractor(settings)::extract, version);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    } catch (RuntimeException e) {
      throw new AppException("cannot listen on " + host + ":" + port + ": " + bindProblem(e), Main.FAILURE);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "dyad-serve-stop"));
    out.println("dyad: serving " + where + " at " + server.url());
    out.println("dyad: " + (lazy ? "the language models load on the first upload (about 30 s, 2 GB)"
        : "the language models for uploads are loading in the background (about 30 s, 2 GB)") + "; Ctrl-C stops");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** What the operating system said, rather than the web framework's guess. */
  private static String bindProblem(RuntimeException e) {
    String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof java.nio.channels.UnresolvedAddressException || (c.getMessage() != null && c.getMessage().contains("<unresolved>"))) {
        return "unknown address";
      }
      if (c.getMessage() != null) {
        said = c.getMessage(); // the deepest, the operating system's ("Address already in use")
      }
    }
    return said;
  }

  private static Extractor extractor(ExtractorConfig settings) {
    return Extractors.shared(settings);
  }
}
