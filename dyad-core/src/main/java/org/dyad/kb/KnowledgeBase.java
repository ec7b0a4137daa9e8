package org.dyad.kb;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * General knowledge that ships with Dyad: countries, honorifics, officeholders with their terms of
 * office, anniversaries of relations and well-known organizations.
 *
 * <p>{@link #standard()} reads the reviewed data files bundled under {@code org/dyad/kb/} once;
 * {@link #load(Function)} reads the same files from elsewhere (tests, a user's own data). Every
 * file is validated as a whole when loaded: a malformed line, an unknown country code or a name
 * that would point to two different countries fails with an {@link IllegalStateException} naming
 * the file and the line. Instances are immutable and safe to share between threads.
 *
 * <p>Name lookups are case-insensitive, fold diacritics ("Phạm" = "Pham"), ignore dots ("U.S." =
 * "US"), a leading "the" and a final possessive ("Japan’s" = "Japan").
 */
public final class KnowledgeBase {
  /** Party key of the Association of Southeast Asian Nations in {@link Anniversary#parties()}. */
  public static final String ASEAN = "ASEAN";

  /** Party key of the European Union in {@link Anniversary#parties()}. */
  public static final String EU = "EU";

  /** The data files, as {@link #load(Function)} asks for them. */
  public static final List<String> FILES =
      List.of(
          "countries.tsv",
          "honorifics.txt",
          "honorific-suffixes.txt",
          "officeholders.tsv",
          "anniversaries.tsv",
          "organizations.tsv",
          "chairs.tsv",
          "gatherings.tsv",
          "gathering-series.tsv");

  private static final Comparator<String> LONGEST_FIRST =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
  private static final Comparator<Officeholder> BY_START =
      Comparator.comparing(Officeholder::start).thenComparing(Officeholder::name);

  private final List<Country> countries;
  private final Map<String, Country> byAlpha3 = new HashMap<>();
  private final Map<String, Country> byCountryName = new HashMap<>();
  private final Map<String, Country> byCity = new HashMap<>();
  private final List<String> honorifics;
  private final List<String> honorificSuffixes;
  private final List<List<String>> honorificWords;
  private final Pattern suffixPattern;
  private final List<Officeholder> officeholders;
  private final Map<String, List<Officeholder>> holdersByKey = new HashMap<>();
  private final List<Anniversary> anniversaries;
  private final List<Chair> chairs;
  private final List<Gathering> gatherings;
  private final Map<String, List<String>> gatheringNames;
  private final List<Organization> organizations;
  private final Map<String, Organization> orgByKey = new HashMap<>();
  private final Map<String, Organization> orgByAcronym = new HashMap<>();

  private KnowledgeBase(Function<String, Reader> files) {
    countries = List.copyOf(readCountries(files));
    honorifics = readWords(files, "honorifics.txt", false);
    honorificSuffixes = readWords(files, "honorific-suffixes.txt", true);
    honorificWords =
        honorifics.stream()
            .map(h -> Names.tokens(h, " "))
            .filter(t -> !t.isEmpty())
            .distinct()
            .sorted(Comparator.comparingInt((List<String> t) -> t.size()).reversed())
            .collect(Collectors.toUnmodifiableList());
    suffixPattern = suffixPattern(honorificSuffixes);
    officeholders = List.copyOf(readOfficeholders(files));
    anniversaries = List.copyOf(readAnniversaries(files));
    chairs = List.copyOf(readChairs(files));
    gatheringNames = readGatheringNames(files);
    gatherings = List.copyOf(readGatherings(files, gatheringNames.keySet()));
    organizations = List.copyOf(readOrganizations(files));
  }

  /** The bundled knowledge, loaded once. */
  public static KnowledgeBase standard() {
    return Standard.INSTANCE;
  }

  /** Lazy holder: the bundled files are read on first use, once. */
  private static final class Standard {
    static final KnowledgeBase INSTANCE = load(KnowledgeBase::resource);
  }

  /**
   * Knowledge read from the files that {@code files} opens by name (see {@link #FILES}); each
   * reader is closed after use.
   *
   * @throws IllegalStateException when a file is missing, unreadable or has a malformed line; the
   *     message begins with the file name and the line number ("countries.tsv:12: ...")
   */
  public static KnowledgeBase load(Function<String, Reader> files) {
    return new KnowledgeBase(Objects.requireNonNull(files));
  }

  private static Reader resource(String file) {
    InputStream in = KnowledgeBase.class.getResourceAsStream(file);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ countries

  /**
   * The words of a name as lookups compare them: lower case, diacritics folded, dots and
   * apostrophes dropped ("Péter Szijjártó" gives "peter", "szijjarto").
   */
  public static List<String> nameWords(String name) {
    return Names.tokens(name, " ");
  }

  /** Country by ISO alpha-3 code (any case). */
  public Optional<Country> country(String alpha3) {
    return alpha3 == null ? Optional.empty() : Optional.ofNullable(byAlpha3.get(alpha3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Country by any name, formal name or demonym, case-insensitive ("Japanese", "Kingdom of
   * Cambodia", "the Philippines", "Japan’s").
   */
  public Optional<Country> countryByName(String nameOrDemonym) {
    return nameOrDemonym == null ? Optional.empty() : Optional.ofNullable(byCountryName.get(Names.key(nameOrDemonym)));
  }

  /**
   * The country a span of a text names, read with up to three capitalized words before the span
   * when the longer name is a country's: a tagger that marks only "Republic of China" in
   * "People’s Republic of China" or "Republic of Korea" in "Democratic People's Republic of Korea"
   * would otherwise name the wrong country.
   *
   * @param text the text
   * @param start the span's first character
   * @param end the end of the span
   * @return the country, or empty when the span names none
   */
  public Optional<Country> countryNamedAt(String text, int start, int end) {
    Optional<Country> found = countryByName(text.substring(start, end));
    int from = start;
    for (int words = 0; words < 3; words++) {
      java.util.regex.Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, from - 40), from));
      if (!w.find()) {
        break;
      }
      from -= w.end() - w.start();
      Optional<Country> longer = countryByName(text.substring(from, end));
      if (longer.isPresent()) {
        found = longer;
      }
    }
    return found;
  }

  /** A capitalized word, with its possessive, and the spaces after it, at the end of a text. */
  private static final Pattern WORD_BEFORE = Pattern.compile("\\p{Lu}\\p{L}*(?:['\u2019]s)?[ \\t]+$");

  /** Country whose capital or well-known city this is ("Phnom Penh", "Osaka"). */
  public Optional<Country> countryByCity(String city) {
    return city == null ? Optional.empty() : Optional.ofNullable(byCity.get(Names.key(city)));
  }

  /** All countries, in file order. */
  public List<Country> countries() {
    return countries;
  }

  // ------------------------------------------------------------------ honorifics

  /** Honorifics and honorific titles, longest first, as written ("His Excellency", "Samdech", "H.E."). */
  public List<String> honorifics() {
    return honorifics;
  }

  /** Honorific suffixes with their hyphen, longest first ("-sama", "-san", "-nim"). */
  public List<String> honorificSuffixes() {
    return honorificSuffixes;
  }

  // ------------------------------------------------------------------ officeholders

  /** All terms of office, in file order. */
  public List<Officeholder> officeholders() {
    return officeholders;
  }

  /**
   * Who held {@code office} for the country on {@code day}, earliest term first; usually one
   * person, two on a handover day, none where the knowledge has a gap.
   *
   * @param alpha3 ISO alpha-3 code, or {@code null} for the European Union's offices
   */
  public List<Officeholder> holders(Office office, String alpha3, LocalDate day) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(day, "day");
    String country = alpha3 == null ? null : alpha3.strip().toUpperCase(Locale.ROOT);
    return officeholders.stream()
        .filter(h -> h.office() == office && Objects.equals(h.country(), country) && h.heldOn(day))
        .sorted(BY_START)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The term of the one person who held an office of a country on both days, when one person did
   * (the office did not change hands, or was not shared, within the period), else empty.
   *
   * @param office the office
   * @param alpha3 the country's ISO code
   * @param first the period's first day
   * @param last the period's last day
   * @return the holder's term on the first day
   */
  public Optional<Officeholder> soleHolder(Office office, String alpha3, LocalDate first, LocalDate last) {
    List<Officeholder> atFirst = holders(office, alpha3, first);
    List<Officeholder> atLast = holders(office, alpha3, last);
    return atFirst.size() == 1 && atLast.size() == 1 && atFirst.get(0).name().equals(atLast.get(0).name())
        ? Optional.of(atFirst.get(0)) : Optional.empty();
  }

  /**
   * Every term of the person so named, earliest first. Case-insensitive; word order is ignored
   * ("KISHIDA Fumio" finds Fumio Kishida); leading honorifics and honorific suffixes are dropped
   * when the name as given matches nobody ("H.E. Kishida-san"); hyphens may be spaces or nothing
   * ("Moon Jae In", "Moon Jaein").
   */
  public List<Officeholder> byName(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String bare = suffixPattern == null ? name : suffixPattern.matcher(name).replaceAll("");
    Set<Officeholder> found = new LinkedHashSet<>();
    for (String hyphen : List.of(" ", "")) {
      found.addAll(holdersByKey.getOrDefault(nameKey(Names.tokens(bare, hyphen)), List.of()));
    }
    if (found.isEmpty()) {
      for (String hyphen : List.of(" ", "")) {
        found.addAll(holdersByKey.getOrDefault(nameKey(stripHonorifics(Names.tokens(bare, hyphen))), List.of()));
      }
    }
    if (found.isEmpty()) {
      // "Faisal bin Farhan bin Abdullah": the name and the father's name, without the grandfather's
      Matcher chain = SECOND_PATRONYMIC.matcher(bare);
      if (chain.find()) {
        return byName(bare.substring(0, chain.start()));
      }
      // "Retno L.P. Marsudi", "Manuel A. Roxas": the name without its middle initials
      String plain = INITIALS.matcher(bare).replaceAll(" ").strip();
      if (!plain.equals(bare.strip()) && Names.tokens(plain, " ").size() >= 2) {
        return byName(plain);
      }
    }
    return found.stream().sorted(BY_START).collect(Collectors.toUnmodifiableList());
  }

  /** The second "bin"/"bint" of a chain of patronymics: "Faisal bin Farhan[ bin Abdullah]". */
  private static final Pattern SECOND_PATRONYMIC = Pattern.compile("(?i)(?<=\\sbin\\s\\S{1,40})\\s+(?:bin|bint|ibn)\\s");

  /** Initials inside a name: "L.P.", "A.", "J". */
  private static final Pattern INITIALS = Pattern.compile("(?<=\\s)(?:\\p{Lu}\\.){1,3}(?=\\s)|(?<=\\s)\\p{Lu}(?=\\s)");

  private List<String> stripHonorifics(List<String> words) {
    List<String> rest = new ArrayList<>(words);
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (List<String> h : honorificWords) {
        if (rest.size() > h.size() && rest.subList(0, h.size()).equals(h)) {
          rest.subList(0, h.size()).clear();
          stripped = true;
          break;
        }
      }
    }
    return rest;
  }

  private static String nameKey(List<String> words) {
    return words.stream().sorted().collect(Collectors.joining(" "));
  }

  private static Pattern suffixPattern(List<String> suffixes) {
    if (suffixes.isEmpty()) {
      return null;
    }
    String alternatives = suffixes.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    // only directly after a letter and at the end of a word: "Kishida-san", not "-san" alone
    return Pattern.compile("(?<=\\p{L})(?:" + alternatives + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  // ------------------------------------------------------------------ anniversaries, organizations

  /** Anniversary bases, in file order. */
  public List<Anniversary> anniversaries() {
    return anniversaries;
  }

  /** Who chaired or hosted the recurring bodies (ASEAN, the G20, APEC, the G7), by year. */
  public List<Chair> chairs() {
    return chairs;
  }

  /** Dated meetings of recurring series (summits, sessions, conferences), in file order. */
  public List<Gathering> gatherings() {
    return gatherings;
  }

  /** The names texts give one meeting of each series, by series key, in file order. */
  public Map<String, List<String>> gatheringNames() {
    return gatheringNames;
  }

  /** Organizations with the country they act for (null for international ones), in file order. */
  public List<Organization> organizations() {
    return organizations;
  }

  /**
   * Organization by name or alias. Names match case-insensitively; an all-capital acronym matches
   * only as written, so that "WHO" is the World Health Organization and "who" is nothing (mixed
   * case is accepted for acronyms of four letters or more: "Asean", "Nato").
   */
  public Optional<Organization> organization(String nameOrAlias) {
    if (nameOrAlias == null || nameOrAlias.isBlank()) {
      return Optional.empty();
    }
    String s = nameOrAlias.strip();
    if (isAcronym(s)) {
      Organization o = orgByAcronym.get(acronymKey(s));
      if (o != null) {
        return Optional.of(o);
      }
    }
    return Optional.ofNullable(orgByKey.get(Names.key(s)));
  }

  private static boolean isAcronym(String s) {
    return !s.isEmpty() && s.chars().noneMatch(Character::isLowerCase) && s.chars().noneMatch(Character::isWhitespace);
  }

  private static String acronymKey(String s) {
    return s.replace(".", "");
  }

  // ------------------------------------------------------------------ loading

  private List<Country> readCountries(Function<String, Reader> files) {
    List<Country> out = new ArrayList<>();
    Map<String, Tsv.Line> alpha2 = new HashMap<>();
    for (Tsv.Line line : Tsv.read(files, "countries.tsv", 6, 7)) {
      String name = line.required(2, "name");
      List<String> names = new ArrayList<>();
      names.add(name);
      names.addAll(line.list(3));
      String capital = line.cell(5);
      Country c;
      try {
        c = new Country(line.required(0, "alpha-2 code"), line.required(1, "alpha-3 code"), name,
            names.stream().distinct().toList(), line.list(4), capital.isEmpty() ? null : capital);
      } catch (IllegalArgumentException e) {
        throw line.fail(e.getMessage(), e);
      }
      if (byAlpha3.putIfAbsent(c.alpha3(), c) != null) {
        throw line.fail("duplicate alpha-3 code " + c.alpha3());
      }
      if (alpha2.putIfAbsent(c.alpha2(), line) != null) {
        throw line.fail("duplicate alpha-2 code " + c.alpha2());
      }
      for (String n : c.names()) {
        index(byCountryName, Names.key(n), c, line, Country::alpha3);
      }
      for (String n : c.demonyms()) {
        index(byCountryName, Names.key(n), c, line, Country::alpha3);
      }
      List<String> cities = new ArrayList<>(line.list(6));
      if (c.capital() != null) {
        cities.add(0, c.capital());
      }
      for (String city : cities) {
        index(byCity, Names.key(city), c, line, Country::alpha3);
      }
      out.add(c);
    }
    return out;
  }

  /** Adds {@code key → value}, refusing a key that already names something else. */
  private static <T> void index(Map<String, T> map, String key, T value, Tsv.Line line, Function<T, String> label) {
    if (key.isEmpty()) {
      throw line.fail("a name with no letters in it");
    }
    T old = map.putIfAbsent(key, value);
    if (old != null && !old.equals(value)) {
      throw line.fail("\"" + key + "\" already names " + label.apply(old));
    }
  }

  private static List<String> readWords(Function<String, Reader> files, String file, boolean suffixes) {
    Map<String, Tsv.Line> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Tsv.Line line : Tsv.lines(files, file)) {
      String word = line.cell(0);
      if (word.contains("\t")) {
        throw line.fail("one entry per line, no tabs");
      }
      if (suffixes && !word.matches("-\\p{L}+")) {
        throw line.fail("a suffix is a hyphen and letters (\"-san\"), found \"" + word + "\"");
      }
      if (seen.putIfAbsent(word.toLowerCase(Locale.ROOT), line) != null) {
        throw line.fail("duplicate entry \"" + word + "\"");
      }
      out.add(word);
    }
    out.sort(LONGEST_FIRST);
    return List.copyOf(out);
  }

  private List<Officeholder> readOfficeholders(Function<String, Reader> files) {
    List<Officeholder> out = new ArrayList<>();
    for (Tsv.Line line : Tsv.read(files, "officeholders.tsv", 6, 7)) {
      String country = line.cell(0).isEmpty() ? null : knownCountry(line, line.cell(0));
      Office office;
      try {
        office = Office.valueOf(line.required(1, "office"));
      } catch (IllegalArgumentException e) {
        throw line.fail("unknown office \"" + line.cell(1) + "\", expected one of " + Arrays.toString(Office.values()), e);
      }
      String end = line.cell(4);
      Officeholder h;
      try {
        h = new Officeholder(line.required(5, "name"), line.list(6), country, office, line.required(2, "title"),
            date(line, line.required(3, "start date")), end.isEmpty() ? null : date(line, end));
      } catch (IllegalArgumentException e) {
        throw line.fail(e.getMessage(), e);
      }
      List<String> forms = new ArrayList<>();
      forms.add(h.name());
      forms.addAll(h.variants());
      for (String form : forms) {
        for (String hyphen : List.of(" ", "")) {
          List<Officeholder> terms = holdersByKey.computeIfAbsent(nameKey(Names.tokens(form, hyphen)), k -> new ArrayList<>());
          if (!terms.contains(h)) {
            terms.add(h);
          }
        }
      }
      out.add(h);
    }
    return out;
  }

  private static LocalDate date(Tsv.Line line, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw line.fail("not an ISO date (yyyy-mm-dd): \"" + text + "\"", e);
    }
  }

  private String knownCountry(Tsv.Line line, String code) {
    if (!byAlpha3.containsKey(code)) {
      throw line.fail("unknown country code \"" + code + "\" (not in countries.tsv)");
    }
    return code;
  }

  private List<Anniversary> readAnniversaries(Function<String, Reader> files) {
    List<Anniversary> out = new ArrayList<>();
    for (Tsv.Line line : Tsv.read(files, "anniversaries.tsv", 3, 4)) {
      List<String> parties = line.list(0);
      for (String p : parties) {
        if (!p.equals(ASEAN) && !p.equals(EU)) {
          knownCountry(line, p);
        }
      }
      int year = year(line, 1);
      try {
        out.add(new Anniversary(parties, year, line.required(2, "description"), line.list(3)));
      } catch (IllegalArgumentException e) {
        throw line.fail(e.getMessage(), e);
      }
    }
    return out;
  }

  /** The year in column {@code column}, or a failure naming the line. */
  private static int year(Tsv.Line line, int column) {
    try {
      return Integer.parseInt(line.required(column, "year"));
    } catch (NumberFormatException e) {
      throw line.fail("not a year: \"" + line.cell(column) + "\"", e);
    }
  }

  private List<Chair> readChairs(Function<String, Reader> files) {
    List<Chair> out = new ArrayList<>();
    for (Tsv.Line line : Tsv.read(files, "chairs.tsv", 3, 3)) {
      int year = year(line, 1);
      try {
        out.add(new Chair(line.required(0, "body"), year, knownCountry(line, line.required(2, "country"))));
      } catch (IllegalArgumentException e) {
        throw line.fail(e.getMessage(), e);
      }
    }
    return out;
  }

  private static Map<String, List<String>> readGatheringNames(Function<String, Reader> files) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Tsv.Line line : Tsv.read(files, "gathering-series.tsv", 2, 2)) {
      String key = line.required(0, "series");
      List<String> names = line.list(1);
      if (names.isEmpty()) {
        throw line.fail("no names for " + key);
      }
      if (out.put(key, List.copyOf(names)) != null) {
        throw line.fail("series " + key + " listed twice");
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private List<Gathering> readGatherings(Function<String, Reader> files, Set<String> series) {
    List<Gathering> out = new ArrayList<>();
    for (Tsv.Line line : Tsv.read(files, "gatherings.tsv", 5, 6)) {
      String key = line.required(0, "series");
      if (!series.contains(key)) {
        throw line.fail("series " + key + " has no names in gathering-series.tsv");
      }
      try {
        Integer number = line.cell(1).isEmpty() ? null : Integer.valueOf(line.cell(1));
        LocalDate first = LocalDate.parse(line.required(2, "first day"));
        LocalDate last = LocalDate.parse(line.required(3, "last day"));
        String country = line.cell(5).isEmpty() ? null : knownCountry(line, line.cell(5));
        out.add(new Gathering(key, number, first, last, line.required(4, "city"), country));
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw line.fail(e.getMessage(), e);
      }
    }
    return out;
  }

  private List<Organization> readOrganizations(Function<String, Reader> files) {
    List<Organization> out = new ArrayList<>();
    for (Tsv.Line line : Tsv.read(files, "organizations.tsv", 1, 3)) {
      String country = line.cell(2).isEmpty() ? null : knownCountry(line, line.cell(2));
      Organization o;
      try {
        o = new Organization(line.required(0, "name"), line.list(1), country);
      } catch (IllegalArgumentException e) {
        throw line.fail(e.getMessage(), e);
      }
      List<String> forms = new ArrayList<>();
      forms.add(o.name());
      forms.addAll(o.aliases());
      for (String form : forms) {
        if (isAcronym(form)) {
          index(orgByAcronym, acronymKey(form), o, line, Organization::name);
          if (acronymKey(form).length() >= 4) {
            index(orgByKey, Names.key(form), o, line, Organization::name);
          }
        } else {
          index(orgByKey, Names.key(form), o, line, Organization::name);
        }
      }
      out.add(o);
    }
    return out;
  }
}
