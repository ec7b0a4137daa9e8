package org.dyad.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.app.serve.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad loadtest}: a bounded load on a {@code dyad serve} on this machine. */
@Command(
    name = "loadtest",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Loads a dyad serve on this machine (loopback only) with concurrent searches, event queries and uploads,"
          + " bounded in requests and time, and reports requests/s and p50/p99 latency per kind of request.",
      "Uploads are new short texts named loadtest-SEED-N, stored in the server's store; afterwards each is"
          + " looked up, and one not found counts as lost. Serve with a high --rate (e.g. --rate 100000) so"
          + " that the rate limit does not answer first."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no error and no lost upload", "1:some request failed or an upload was lost", "2:usage error"})
final class LoadTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", description = "The server (default http://127.0.0.1:8080).")
  String url = "http://127.0.0.1:8080";

  @Option(names = "--clients", paramLabel = "N", description = "Requests under way at once (default 8).")
  int clients = 8;

  @Option(names = "--requests", paramLabel = "N", description = "Searches and event queries in all (default 2000).")
  int requests = 2000;

  @Option(names = "--uploads", paramLabel = "N", description = "Documents uploaded during the run (default 10).")
  int uploads = 10;

  @Option(names = "--seconds", paramLabel = "S", description = "Longest run, in seconds (default 120).")
  int seconds = 120;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the queries and of the upload names (default: the time).")
  Long seed;

  @Override
  public Integer call() throws AppException {
    LoadTest.Plan plan;
    try {
      plan = new LoadTest.Plan(url, clients, requests, seconds, uploads, seed == null ? System.currentTimeMillis() : seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    LoadTest.Result r;
    try {
      r = LoadTest.run(plan);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IllegalStateException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AppException("interrupted", Main.FAILURE);
    }
    PrintWriter out = spec.commandLine().getOut();
    LoadTest.print(r, out);
    return r.errors() == 0 && r.lostUploads() == 0 ? 0 : Main.FAILURE;
  }
}
