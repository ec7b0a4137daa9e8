package org.dyad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.ActorSummary;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad actors}: the people, organizations and countries of the stored documents. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {"Lists the actors of the stored documents with their offices, most events first."})
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(names = "--country", paramLabel = "ISO3", description = "Only actors acting for this country (e.g. JPN).")
  String country;

  @Override
  public Integer call() throws AppException {
    if (country != null && !country.strip().matches("[A-Za-z]{3}")) {
      throw new ParameterException(spec.commandLine(), "--country '" + country + "' is not an ISO 3166-1 alpha-3 code");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ActorSummary> actors;
    try (Store store = db.openExisting()) {
      actors = store.actors(country);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    }
    String fmt = "%-30s %-12s %-7s %-40s %5s %6s%n";
    out.print(String.format(Locale.ROOT, fmt, "NAME", "KIND", "COUNTRY", "TITLE", "DOCS", "EVENTS"));
    for (ActorSummary a : actors) {
      out.print(
          String.format(
              Locale.ROOT, fmt, EventsCommand.cut(a.name(), 30), a.kind().wireName(), a.country() == null ? "-" : a.country(),
              a.title() == null ? "-" : EventsCommand.cut(a.title(), 40), a.documents(), a.events()));
    }
    out.flush();
    return 0;
  }
}
