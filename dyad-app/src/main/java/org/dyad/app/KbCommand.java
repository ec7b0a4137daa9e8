package org.dyad.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.app.KbArgs.OfficeQuery;
import org.dyad.app.KbArgs.Period;
import org.dyad.app.KbArgs.Place;
import org.dyad.kb.Anniversary;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Office;
import org.dyad.kb.Officeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad kb}: asks the bundled knowledge base who held an office, what a person's terms were,
 * what a country is called and when relations began. Reads only the knowledge base, never CoreNLP,
 * so it answers in well under a second.
 */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Queries the knowledge base that ships with Dyad: officeholders with their terms, countries and the"
          + " founding years of relations. Every query prints a table (or --format jsonl)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:found", "1:nothing found (one line on stderr)", "2:usage error (a malformed or unknown argument)"},
    subcommands = {KbCommand.Who.class, KbCommand.Person.class, KbCommand.CountryQuery.class, KbCommand.AnniversaryQuery.class})
final class KbCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing query: who, person, country or anniversary");
  }

  private static final List<String> TERM_HEADER = List.of("NAME", "TITLE", "COUNTRY", "FROM", "TO");

  /**
   * One term of one person, with every office it fills: presidential systems list the same term
   * as head of state and as head of government, which is one answer, not two.
   */
  record Term(
      String name, List<String> variants, String country, List<Office> offices, String title, LocalDate start, LocalDate end) {
    Term {
      variants = List.copyOf(variants);
      offices = List.copyOf(offices);
    }

    static List<Term> merge(List<Officeholder> holders) {
      Map<List<Object>, List<Officeholder>> byTerm = new LinkedHashMap<>();
      for (Officeholder h : holders) {
        List<Object> key = new ArrayList<>();
        key.add(h.name());
        key.add(Objects.toString(h.country()));
        key.add(h.title());
        key.add(h.start());
        key.add(Objects.toString(h.end()));
        byTerm.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
      }
      List<Term> terms = new ArrayList<>();
      for (List<Officeholder> same : byTerm.values()) {
        Officeholder h = same.get(0);
        Set<String> variants = new LinkedHashSet<>();
        same.forEach(s -> variants.addAll(s.variants()));
        List<Office> offices = same.stream().map(Officeholder::office).distinct().sorted().toList();
        terms.add(new Term(h.name(), List.copyOf(variants), h.country(), offices, h.title(), h.start(), h.end()));
      }
      terms.sort(Comparator.comparing(Term::start).thenComparing(Term::name));
      return terms;
    }

    List<String> cells() {
      return List.of(name, title, country == null ? KnowledgeBase.EU : country, start.toString(), end == null ? "in office" : end.toString());
    }

    ObjectNode json() {
      ObjectNode o = KbOutput.JSON.createObjectNode();
      o.put("name", name);
      variants.forEach(o.putArray("variants")::add);
      o.put("country", country);
      ArrayNode os = o.putArray("offices");
      offices.forEach(x -> os.add(x.name()));
      o.put("title", title);
      o.put("start", start.toString());
      o.put("end", end == null ? null : end.toString());
      return o;
    }
  }

  private static KbOutput terms(List<Term> terms) {
    KbOutput out = new KbOutput(TERM_HEADER);
    terms.forEach(t -> out.add(t.cells(), t.json()));
    return out;
  }

  /** {@code dyad kb who OFFICE COUNTRY DATE}. */
  @Command(
      name = "who",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Who held OFFICE in COUNTRY on DATE. With a month or a year as DATE, everyone whose term overlaps it.",
        "",
        "OFFICE, any case: " + KbArgs.OFFICES + ". \"President\" asks both the head of state and the head of"
            + " government and keeps holders titled President (so it finds the US or Korean president);"
            + " \"Prime Minister\" keeps heads of government titled Prime Minister or Premier.",
        "COUNTRY: an ISO alpha-3 or alpha-2 code or a name (JPN, JP, Japan), or EU for the European Union's offices.",
        "DATE: " + KbArgs.DATES + "."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:found", "1:nobody in the knowledge base held the office then", "2:malformed DATE or unknown OFFICE or COUNTRY"})
  static final class Who implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin KbOutput.FormatOption format;

    @Parameters(index = "0", paramLabel = "OFFICE", description = "The office (see above).")
    String office;

    @Parameters(index = "1", paramLabel = "COUNTRY", description = "The country, or EU.")
    String country;

    @Parameters(index = "2", paramLabel = "DATE", description = "The day, month or year.")
    String date;

    @Override
    public Integer call() throws AppException {
      KnowledgeBase kb = KnowledgeBase.standard();
      OfficeQuery q =
          KbArgs.office(office).orElseThrow(() -> usage(spec, "unknown OFFICE '" + office + "'; expected " + KbArgs.OFFICES));
      Place place =
          KbArgs.place(kb, country)
              .orElseThrow(
                  () -> usage(spec, "unknown COUNTRY '" + country + "'; expected an ISO alpha-3 or alpha-2 code or a country name"
                      + " (JPN, JP, Japan), or EU"));
      Period period =
          KbArgs.period(date).orElseThrow(() -> usage(spec, "invalid DATE '" + date + "'; expected a calendar date as " + KbArgs.DATES));
      List<Officeholder> inOffice = new ArrayList<>();
      for (Office o : q.offices()) {
        if (period.isDay()) {
          inOffice.addAll(kb.holders(o, place.alpha3(), period.first()));
        } else {
          kb.officeholders().stream()
              .filter(h -> h.office() == o && Objects.equals(h.country(), place.alpha3()) && period.overlaps(h))
              .forEach(inOffice::add);
        }
      }
      List<Term> found = Term.merge(inOffice.stream().filter(q::matchesTitle).toList());
      if (found.isEmpty()) {
        String when = (period.isDay() ? " on " : " in ") + period.text();
        String message = "no " + q.label() + " of " + place.label() + when + " in the knowledge base";
        if (!inOffice.isEmpty()) {
          // the office exists under another title (a Chancellor, a King): say whom the user may mean
          message +=
              "; in office then: "
                  + Term.merge(inOffice).stream().map(t -> t.name() + " (" + t.title() + ")").collect(Collectors.joining(", "));
        }
        throw new AppException(message, Main.FAILURE);
      }
      terms(found).print(format.format, spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code dyad kb person NAME}. */
  @Command(
      name = "person",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Every term of office of the person so named, earliest first. Case and word order do not matter"
            + " (KISHIDA Fumio = Fumio Kishida); leading honorifics and honorific suffixes are dropped"
            + " (H.E. Kishida-san). NAME may be one quoted argument or several words."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:found", "1:nobody of that name in the knowledge base", "2:usage error"})
  static final class Person implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin KbOutput.FormatOption format;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The person's name.")
    List<String> words;

    @Override
    public Integer call() throws AppException {
      String name = String.join(" ", words).strip();
      List<Term> found = Term.merge(KnowledgeBase.standard().byName(name));
      if (found.isEmpty()) {
        throw new AppException("no officeholder named '" + name + "' in the knowledge base", Main.FAILURE);
      }
      terms(found).print(format.format, spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code dyad kb country NAME}. */
  @Command(
      name = "country",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "The country's record: ISO codes, common name, capital, demonyms and other names. NAME is an ISO alpha-3"
            + " or alpha-2 code, a name or formal name, a demonym, or a capital or major city"
            + " (JPN, JP, Japan, Japanese, Osaka); any case."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:found", "1:no such country in the knowledge base", "2:usage error"})
  static final class CountryQuery implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin KbOutput.FormatOption format;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Code, name, demonym or city.")
    List<String> words;

    @Override
    public Integer call() throws AppException {
      KnowledgeBase kb = KnowledgeBase.standard();
      String name = String.join(" ", words).strip();
      Optional<Country> c = KbArgs.country(kb, name);
      if (c.isEmpty()) {
        c = kb.countryByCity(name);
      }
      Country country = c.orElseThrow(() -> new AppException("no country named '" + name + "' in the knowledge base", Main.FAILURE));
      KbOutput out = new KbOutput(List.of("ALPHA-2", "ALPHA-3", "NAME", "CAPITAL", "DEMONYMS", "OTHER NAMES"));
      List<String> others = country.names().stream().filter(n -> !n.equals(country.name())).toList();
      ObjectNode o = KbOutput.JSON.createObjectNode();
      o.put("alpha2", country.alpha2());
      o.put("alpha3", country.alpha3());
      o.put("name", country.name());
      country.names().forEach(o.putArray("names")::add);
      country.demonyms().forEach(o.putArray("demonyms")::add);
      o.put("capital", country.capital());
      out.add(
          List.of(country.alpha2(), country.alpha3(), country.name(), Objects.toString(country.capital(), "-"),
              KbOutput.cell(country.demonyms()), KbOutput.cell(others)),
          o);
      out.print(format.format, spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code dyad kb anniversary COUNTRY [COUNTRY] [--year Y]}. */
  @Command(
      name = "anniversary",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Founding years of relations involving COUNTRY (or both COUNTRYs), earliest first. COUNTRY is an ISO"
            + " code or a name as for 'who', or ASEAN or EU. With --year Y, also which anniversary falls in Y"
            + " (2023 for relations begun in 1953: 70th)."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:found", "1:no such relationship in the knowledge base", "2:unknown COUNTRY or a bad --year"})
  static final class AnniversaryQuery implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin KbOutput.FormatOption format;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "A party: a country, ASEAN or EU.")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "COUNTRY", description = "A second party.")
    String second;

    @Option(names = "--year", paramLabel = "Y", description = "Say which anniversary falls in this year.")
    Integer year;

    @Override
    public Integer call() throws AppException {
      KnowledgeBase kb = KnowledgeBase.standard();
      if (year != null && (year < 1 || year > 9999)) {
        throw usage(spec, "--year " + year + " is not a year; expected 1 to 9999");
      }
      List<String> args = second == null ? List.of(first) : List.of(first, second);
      List<String> parties = new ArrayList<>();
      for (String a : args) {
        parties.add(
            KbArgs.party(kb, a)
                .orElseThrow(
                    () -> usage(spec, "unknown COUNTRY '" + a + "'; expected an ISO alpha-3 or alpha-2 code, a country name"
                        + " (JPN, JP, Japan), ASEAN or EU")));
      }
      List<String> header = new ArrayList<>(List.of("PARTIES", "SINCE", "WHAT"));
      if (year != null) {
        header.add("IN " + year);
      }
      KbOutput out = new KbOutput(header);
      kb.anniversaries().stream()
          .filter(a -> a.parties().containsAll(parties))
          .sorted(Comparator.comparingInt(Anniversary::year))
          .forEach(a -> add(out, a));
      if (out.isEmpty()) {
        String who = parties.stream().map(p -> label(kb, p)).collect(Collectors.joining(" and "));
        throw new AppException("no anniversary involving " + who + " in the knowledge base", Main.FAILURE);
      }
      out.print(format.format, spec.commandLine().getOut());
      return 0;
    }

    private void add(KbOutput out, Anniversary a) {
      List<String> cells = new ArrayList<>(List.of(String.join("/", a.parties()), Integer.toString(a.year()), a.what()));
      ObjectNode o = KbOutput.JSON.createObjectNode();
      a.parties().forEach(o.putArray("parties")::add);
      o.put("year", a.year());
      o.put("what", a.what());
      a.keywords().forEach(o.putArray("keywords")::add);
      if (year != null) {
        int n = year - a.year();
        if (n > 0) {
          cells.add(KbArgs.ordinal(n) + " anniversary");
          o.put("anniversary", n);
          o.put("ordinal", KbArgs.ordinal(n));
        } else {
          cells.add(n == 0 ? "founding year" : "not yet begun");
          o.putNull("anniversary");
          o.putNull("ordinal");
        }
      }
      out.add(cells, o);
    }

    private static String label(KnowledgeBase kb, String party) {
      if (party.equals(KnowledgeBase.ASEAN)) {
        return party;
      }
      if (party.equals(KnowledgeBase.EU)) {
        return "the European Union";
      }
      return kb.country(party).map(c -> c.name() + " (" + c.alpha3() + ")").orElse(party);
    }
  }

  private static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
