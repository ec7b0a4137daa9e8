package org.dyad.store.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;

/** Rows of the GDELT 2.0 event table (GDELT Event Codebook V2.0), one per event. */
final class Gdelt {
  /** The table's columns in order; the files themselves carry no header. */
  static final List<String> COLUMNS = columns();

  private final Function<String, Actor> actorLookup;
  private final KnowledgeBase kb;

  Gdelt(Function<String, Actor> actorLookup, KnowledgeBase kb) {
    this.actorLookup = actorLookup;
    this.kb = kb;
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
              "Type1Code", "Type2Code", "Type3Code")) {
        c.add(actor + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f :
          List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(geo + "_" + f);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  /** The event's 61 fields, unknown ones empty, none holding a tab or a line break. */
  List<String> row(StoredEvent s) {
    Event e = s.event();
    Sides sides = Sides.of(e, actorLookup, kb);
    Cameo cameo = Cameo.of(e, sides.thirdLocation());
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(Long.toString(s.id()));
    if (e.date() == null) {
      r.addAll(List.of("", "", "", ""));
    } else {
      // GDELT has day precision only: a month or a year is written as its first day.
      LocalDate d = e.date().firstDay();
      r.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      r.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
      r.add(Integer.toString(d.getYear()));
      r.add(fractionDate(d));
    }
    Party actor1 = pick(sides.first(), sides.others(), null);
    Party actor2 = pick(sides.second(), sides.others(), actor1);
    actor(r, actor1);
    actor(r, actor2);
    r.add(""); // IsRootEvent: whether the event is in the lead paragraph, which the record does not keep
    r.add(cameo.code());
    r.add(cameo.baseCode());
    r.add(cameo.rootCode());
    r.add(Integer.toString(cameo.quadClass()));
    r.add(String.format(Locale.ROOT, "%.1f", cameo.goldstein()));
    r.add(Integer.toString(e.evidence().size()));
    r.add(Integer.toString(s.sources().size()));
    r.add(Integer.toString(s.sources().size()));
    r.add(""); // AvgTone: Dyad measures no tone
    for (int i = 0; i < 16; i++) {
      r.add(""); // Actor1Geo and Actor2Geo: the record does not say where the actors are
    }
    actionGeo(r, e.location());
    r.add(""); // DATEADDED: the export sees no ingestion time
    r.add(s.sources().get(0));
    return r.stream().map(Gdelt::clean).toList();
  }

  /**
   * GDELT's FractionDate, YYYY.FFFF "the percentage of the year completed": GDELT computes it with
   * 30-day months, ((month - 1) * 30 + day) / 365, which its published rows bear out (2019-01-25
   * is 2019.0685) and which stays below the next year.
   */
  static String fractionDate(LocalDate d) {
    double f = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", f);
  }

  /** The side's first member; failing that, the first participant of neither side not taken yet. */
  private static Party pick(List<Party> side, List<Party> others, Party taken) {
    if (!side.isEmpty()) {
      return side.get(0);
    }
    return others.stream().filter(p -> p != taken).findFirst().orElse(null);
  }

  private void actor(List<String> r, Party p) {
    if (p == null) {
      for (int i = 0; i < 10; i++) {
        r.add("");
      }
      return;
    }
    String country = p.country() == null ? "" : p.country();
    String sector = p.sector();
    String name;
    if (p.name() != null) {
      name = p.name();
    } else {
      name = kb.country(country).map(Country::name).orElse(country);
    }
    r.add(country + sector); // CAMEO actor code: country, then role (JPNGOV)
    r.add(name.toUpperCase(Locale.ROOT));
    r.add(p.isState() ? country : "");
    r.addAll(List.of("", "", "", "")); // KnownGroup, Ethnic, Religion1, Religion2
    r.add(sector);
    r.addAll(List.of("", ""));
  }

  private void actionGeo(List<String> r, String location) {
    Optional<Country> c = Optional.ofNullable(location).flatMap(kb::countryByCity);
    // Geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. A place the knowledge
    // base does not list as a city gets no type. GDELT's geo country codes are FIPS 10-4, which Dyad
    // does not hold: left empty.
    r.add(c.map(x -> "USA".equals(x.alpha3()) ? "3" : "4").orElse(""));
    r.add(location == null ? "" : location);
    for (int i = 0; i < 6; i++) {
      r.add("");
    }
  }

  /** Tabs and line breaks would split a field or a row. */
  private static String clean(String v) {
    return v.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]+", " ");
  }
}
