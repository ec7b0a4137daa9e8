package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import org.dyad.DocumentException;
import org.dyad.ExtractorConfig;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;
import org.dyad.read.Feeds;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: extracts documents in parallel into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Extracts documents and stores them with their actors and events; reports of one real event"
          + " in different documents become one event with several sources.",
      "",
      "Reads the same types as extract (text in any encoding, HTML, PDF, JSONL and WARC feeds). A"
          + " directory stands for the documents anywhere below it (hidden ones skipped). A document"
          + " whose content is already stored is skipped without being extracted again, unless"
          + " --force. Each document is stored in one transaction: an interrupted ingest leaves"
          + " whole documents only, and running it again completes it. A document that cannot be"
          + " read or extracted gets one error line on stderr and the exit status is then 1."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every document stored or already stored", "1:some document failed", "2:usage error"})
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConfigOption config;

  @Mixin DbOption db;

  @Option(names = "--force", description = "Re-extract and replace documents that are already stored.")
  boolean force;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents extracted at once (default: the number of processors).")
  Integer threads;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Documents (text in any encoding, HTML, PDF, JSONL or WARC feeds) or directories of them.")
  List<Path> paths;

  @Override
  public Integer call() throws AppException {
    ExtractorConfig settings = config.load();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> inputs = Inputs.expandTree(paths);
    long maxBytes = 4L * settings.maxChars() + 4;
    Progress progress = Progress.lines(err, inputs.size());
    AtomicInteger done = new AtomicInteger();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger events = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    try (Store store = db.open()) {
      ExecutorService pool = Executors.newFixedThreadPool(n);
      try {
        List<Future<?>> jobs = new ArrayList<>();
        // files are read here, one after another; their documents (many, in a feed) are
        // extracted on the pool, at most 2n waiting so that a large crawl is never all in memory
        Semaphore slots = new Semaphore(2 * n);
        Consumer<String> fail =
            problem -> {
              synchronized (progress) {
                failures.add(problem);
                progress.clear();
                err.println("dyad: " + problem);
              }
            };
        for (Inputs.Input in : inputs) {
          // a file is done when it has been read and each of its documents stored
          AtomicInteger pending = new AtomicInteger(1);
          Runnable release =
              () -> {
                if (pending.decrementAndGet() == 0) {
                  synchronized (progress) {
                    progress.update(done.incrementAndGet());
                  }
                }
              };
          try {
            Inputs.each(
                in,
                maxBytes,
                entry -> {
                  if (entry.problem() != null) {
                    fail.accept(entry.display() + ": " + entry.problem());
                    return;
                  }
                  slots.acquire();
                  pending.incrementAndGet();
                  jobs.add(
                      pool.submit(
                          () -> {
                            try {
                              String problem = store(store, settings, entry, stored, skipped, events);
                              if (problem != null) {
                                fail.accept(problem);
                              }
                            } finally {
                              slots.release();
                              release.run();
                            }
                          }));
                });
          } catch (AppException e) {
            fail.accept(e.getMessage());
          } catch (RuntimeException e) {
            fail.accept(in.display() + ": internal error: " + Failures.describe(e));
          }
          release.run();
        }
        for (Future<?> f : jobs) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AppException("interrupted", Main.FAILURE);
      } catch (ExecutionException e) {
        throw new AppException("internal error: " + Failures.describe(e.getCause()), Main.FAILURE);
      } finally {
        pool.shutdownNow();
        progress.clear();
      }
      Store.Stats s;
      try {
        s = store.stats();
      } catch (StoreException e) {
        throw new AppException(e.getMessage(), Main.FAILURE);
      }
      out.println(
          String.format(
              Locale.ROOT, "%d documents: %d stored, %d skipped (already stored), %d failed; %d events extracted",
              stored.get() + skipped.get() + failures.size(), stored.get(), skipped.get(), failures.size(), events.get()));
      out.println(
          String.format(
              Locale.ROOT, "store %s: %d documents, %d event reports in %d events", store.location(), s.documents(), s.reports(), s.events()));
      if (!failures.isEmpty()) {
        out.println("failed:");
        failures.stream().sorted().forEach(f -> out.println("  " + f));
      }
      out.flush();
    }
    return failures.isEmpty() ? 0 : Main.FAILURE;
  }
  /**
   * Extracts one document and stores it, unless its content is stored already.
   *
   * @return what went wrong, naming the document, or {@code null}
   */
  private String store(
      Store store, ExtractorConfig settings, Feeds.Entry entry, AtomicInteger stored, AtomicInteger skipped, AtomicInteger events) {
    try {
      RawDocument doc = entry.doc();
      String hash = Store.contentHash(doc.bytes());
      if (!force && store.contains(hash)) {
        skipped.incrementAndGet();
        return null;
      }
      ExtractionRecord rec = Extractors.shared(settings).extract(doc);
      if (store.put(rec, entry.display(), hash, force) == Store.Outcome.SKIPPED) {
        skipped.incrementAndGet(); // the same content twice in this run
      } else {
        stored.incrementAndGet();
        events.addAndGet(rec.events().size());
      }
      return null;
    } catch (DocumentException e) {
      return e.getMessage();
    } catch (StoreException e) {
      return entry.display() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      // a bug in one stage should cost one document, not the ingest
      return entry.display() + ": internal error: " + Failures.describe(e);
    }
  }
}
