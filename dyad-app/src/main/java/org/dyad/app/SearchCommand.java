package org.dyad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.SearchHit;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad search}: full-text search over the stored documents. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Finds the stored documents that contain every word of QUERY, best match first, with a"
          + " passage where the words are marked [like this]. Word forms match (talks, talked)."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(names = "--limit", paramLabel = "N", description = "At most N documents (default 20).")
  int limit = 20;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find.")
  List<String> query;

  @Override
  public Integer call() throws AppException {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<SearchHit> hits;
    try (Store store = db.openExisting()) {
      hits = store.search(String.join(" ", query), limit);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    }
    int i = 0;
    for (SearchHit h : hits) {
      out.println(String.format(Locale.ROOT, "%d. %s (%s) score %.3f  %s", ++i, h.doc(), h.date() == null ? "undated" : h.date(), h.score(), h.source()));
      out.println("   " + h.snippet());
    }
    if (hits.isEmpty()) {
      out.println("no document matches");
    }
    out.flush();
    return 0;
  }
}
