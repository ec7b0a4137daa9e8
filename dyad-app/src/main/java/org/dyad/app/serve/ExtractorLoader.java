package org.dyad.app.serve;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Loads the extractor once, on a background thread: the language models take 20 to 30 seconds and
 * about 2 GB of heap, so the server answers every other request while they load, and an upload
 * waits for them.
 */
final class ExtractorLoader {
  private final Supplier<Extraction> factory;
  private CompletableFuture<Extraction> loading;
  private volatile long readyAtMillis = -1;

  ExtractorLoader(Supplier<Extraction> factory) {
    this.factory = factory;
  }

  /** Starts loading, unless it has started already; returns at once. */
  synchronized CompletableFuture<Extraction> start() {
    if (loading == null) {
      long t0 = System.nanoTime();
      loading = new CompletableFuture<>();
      Thread t = new Thread(() -> {
        try {
          Extraction x = factory.get();
          readyAtMillis = (System.nanoTime() - t0) / 1_000_000;
          loading.complete(x);
        } catch (RuntimeException | Error e) {
          loading.completeExceptionally(e);
        }
      }, "dyad-load-extractor");
      t.setDaemon(true);
      t.start();
    }
    return loading;
  }

  /** The extractor, loading it first when needed (blocks until it is loaded). */
  Extraction get() throws InterruptedException {
    try {
      return start().get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw new IllegalStateException("the extractor could not be loaded: " + c, c);
    }
  }

  /** {@code not loaded}, {@code loading}, {@code ready} or {@code failed: ...}, for the status endpoint. */
  synchronized String state() {
    if (loading == null) {
      return "not loaded (loads on the first upload)";
    }
    if (!loading.isDone()) {
      return "loading";
    }
    if (loading.isCompletedExceptionally()) {
      try {
        loading.join();
      } catch (RuntimeException e) {
        return "failed: " + (e.getCause() == null ? e : e.getCause());
      }
    }
    return "ready";
  }

  /** How long loading took, in milliseconds, or -1 before it is done. */
  long loadMillis() {
    return readyAtMillis;
  }
}
