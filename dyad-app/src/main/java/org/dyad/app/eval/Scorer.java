package org.dyad.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.dyad.app.eval.Report.Counts;
import org.dyad.app.eval.Report.DocScore;
import org.dyad.app.eval.Report.Ratio;

/**
 * Scores extraction records (FORMAT.md) against gold annotations (GOLD.md): a faithful port of
 * {@code shared/eval/score.py}, decision for decision, so that {@code dyad eval} and score.py
 * print the same figures for the same input.
 */
public final class Scorer {
  /** The event types the evaluation scores, in report order. */
  public static final List<String> SCORED_TYPES = List.of("CONSULT", "AGREE", "AID");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Scorer() {}

  /**
   * Scores records against gold annotations.
   *
   * @param golds gold annotation trees, in the order to report them (score.py: sorted file names)
   * @param records record trees; a later record for the same document replaces an earlier one
   * @throws IllegalArgumentException when there is no gold annotation
   */
  public static Report score(List<JsonNode> golds, List<JsonNode> records) {
    Map<Object, JsonNode> goldByDoc = new LinkedHashMap<>();
    for (JsonNode g : golds) {
      goldByDoc.put(Py.key(g.get("doc")), g);
    }
    if (goldByDoc.isEmpty()) {
      throw new IllegalArgumentException("no gold annotations");
    }
    Map<Object, JsonNode> recs = new LinkedHashMap<>();
    for (JsonNode r : records) {
      if (Py.isDict(r)) {
        recs.put(Py.key(r.get("doc")), r);
      }
    }
    List<DocScore> rows = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Object, JsonNode> e : goldByDoc.entrySet()) {
      JsonNode rec = recs.get(e.getKey());
      if (rec == null) {
        missing.add(String.valueOf(e.getKey()));
        rec = MAPPER.createObjectNode();
      }
      rows.add(scoreDoc(e.getValue(), rec));
    }
    return new Report(rows, missing);
  }

  /** The gold annotations of a directory: every {@code *.json} file, sorted by name. */
  public static List<JsonNode> readGoldDir(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".json"))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    }
    List<JsonNode> out = new ArrayList<>();
    for (Path p : files) {
      try {
        out.add(MAPPER.readTree(Files.readString(p, StandardCharsets.UTF_8)));
      } catch (JsonProcessingException e) {
        throw new IOException(p + ": not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return out;
  }

  /**
   * Records from JSON Lines text, split into lines as Python's {@code splitlines} does; blank
   * lines are skipped.
   *
   * @throws IOException naming the (1-based) line that is not JSON
   */
  public static List<JsonNode> parseRecords(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    List<String> lines = Py.splitlines(jsonl);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Py.strip(line).isEmpty()) {
        continue;
      }
      try {
        out.add(MAPPER.readTree(line));
      } catch (JsonProcessingException e) {
        throw new IOException("line " + (i + 1) + ": not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return out;
  }

  static DocScore scoreDoc(JsonNode gold, JsonNode rec) {
    Ratio[] personCountry = new Ratio[1];
    Counts persons = scorePersons(gold, rec, personCountry);
    Ratio[] eventDates = new Ratio[1];
    Map<String, Counts> events = scoreEvents(gold, rec, eventDates);
    Boolean d = Periods.dateOk(Py.get(gold, "date"), Py.get(rec, "date"));
    Integer docDate = d == null ? null : (d ? 1 : 0);
    Set<Object> gt = Py.set(Py.get(gold, "topics"));
    Set<Object> st = Py.set(Py.get(rec, "topics"));
    int both = 0;
    for (Object t : st) {
      if (gt.contains(t)) {
        both++;
      }
    }
    Counts topics = new Counts(both, st.size() - both, gt.size() - both);
    JsonNode text = Py.get(rec, "text");
    String flat = Py.fold(text != null && text.isTextual() ? text.textValue() : "");
    JsonNode checks = Py.get(gold, "text_checks");
    List<JsonNode> contains = Py.items(Py.get(checks, "contains"));
    List<JsonNode> absent = Py.items(Py.get(checks, "absent"));
    int ok = 0;
    for (JsonNode c : contains) {
      if (flat.contains(Py.fold(Py.str(c)))) {
        ok++;
      }
    }
    if (!flat.isEmpty()) {
      for (JsonNode c : absent) {
        if (!flat.contains(Py.fold(Py.str(c)))) {
          ok++;
        }
      }
    }
    return new DocScore(
        Py.str(gold.get("doc")),
        persons,
        personCountry[0],
        events,
        eventDates[0],
        docDate,
        topics,
        new Ratio(ok, contains.size() + absent.size()));
  }

  private static Counts scorePersons(JsonNode gold, JsonNode rec, Ratio[] country) {
    List<JsonNode> g = new ArrayList<>();
    for (JsonNode a : Py.items(Py.get(gold, "actors"))) {
      if (Py.eq(a.get("kind"), "person")) {
        g.add(a);
      }
    }
    List<JsonNode> s = new ArrayList<>();
    for (JsonNode a : Py.items(Py.get(rec, "actors"))) {
      if (Py.isDict(a) && Py.eq(a.get("kind"), "person")) {
        s.add(a);
      }
    }
    Map<Integer, Integer> m =
        maxMatching(s.size(), g.size(), (u, v) -> actorKeys(g.get(v)).contains(Names.nameKey(Py.str(s.get(u).get("name")))));
    int tp = 0;
    int sameCountry = 0;
    for (Map.Entry<Integer, Integer> e : m.entrySet()) {
      JsonNode ga = g.get(e.getValue());
      if (!Py.truthy(ga.get("optional"))) {
        tp++;
      }
      if (Py.eq(s.get(e.getKey()).get("country"), ga.get("country"))) {
        sameCountry++;
      }
    }
    int fp = s.size() - m.size();
    Set<Integer> hit = new HashSet<>(m.values());
    int fn = 0;
    for (int v = 0; v < g.size(); v++) {
      if (!Py.truthy(g.get(v).get("optional")) && !hit.contains(v)) {
        fn++;
      }
    }
    country[0] = new Ratio(sameCountry, m.size());
    return new Counts(tp, fp, fn);
  }

  private static Map<String, Counts> scoreEvents(JsonNode gold, JsonNode rec, Ratio[] dates) {
    List<JsonNode> goldActors = Py.items(Py.get(gold, "actors"));
    List<JsonNode> req = new ArrayList<>();
    List<JsonNode> opt = new ArrayList<>();
    for (JsonNode e : Py.items(Py.get(gold, "events"))) {
      if (scored(e.get("type"))) {
        (Py.truthy(e.get("optional")) ? opt : req).add(e);
      }
    }
    List<JsonNode> sys = new ArrayList<>();
    for (JsonNode e : Py.items(Py.get(rec, "events"))) {
      if (Py.isDict(e) && scored(e.get("type"))) {
        sys.add(e);
      }
    }
    Map<Integer, Integer> m = maxMatching(sys.size(), req.size(), (u, v) -> eventMatch(req.get(v), sys.get(u), goldActors));
    List<Integer> rest = new ArrayList<>();
    for (int u = 0; u < sys.size(); u++) {
      if (!m.containsKey(u)) {
        rest.add(u);
      }
    }
    Map<Integer, Integer> mOpt =
        maxMatching(rest.size(), opt.size(), (u, v) -> eventMatch(opt.get(v), sys.get(rest.get(u)), goldActors));
    Map<String, int[]> perType = new LinkedHashMap<>();
    SCORED_TYPES.forEach(t -> perType.put(t, new int[3]));
    for (int v : m.values()) {
      perType.get(req.get(v).get("type").textValue())[0]++;
    }
    for (int i = 0; i < rest.size(); i++) {
      // matches nothing, or only what another event already took: a false or duplicate event
      if (!mOpt.containsKey(i)) {
        perType.get(sys.get(rest.get(i)).get("type").textValue())[1]++;
      }
    }
    Set<Integer> hit = new HashSet<>(m.values());
    for (int v = 0; v < req.size(); v++) {
      if (!hit.contains(v)) {
        perType.get(req.get(v).get("type").textValue())[2]++;
      }
    }
    int dated = 0;
    int dateHits = 0;
    for (Map.Entry<Integer, Integer> e : m.entrySet()) {
      JsonNode g = req.get(e.getValue());
      if (Py.truthy(g.get("date"))) {
        dated++;
        if (Boolean.TRUE.equals(Periods.dateOk(g.get("date"), sys.get(e.getKey()).get("date")))) {
          dateHits++;
        }
      }
    }
    dates[0] = new Ratio(dateHits, dated);
    Map<String, Counts> out = new LinkedHashMap<>();
    perType.forEach((t, c) -> out.put(t, new Counts(c[0], c[1], c[2])));
    return out;
  }

  private static boolean scored(JsonNode type) {
    return type != null && type.isTextual() && SCORED_TYPES.contains(type.textValue());
  }

  private static Set<Set<String>> actorKeys(JsonNode goldActor) {
    Set<Set<String>> keys = new HashSet<>();
    keys.add(Names.nameKey(Py.str(goldActor.get("name"))));
    for (JsonNode a : Py.items(goldActor.get("also"))) {
      keys.add(Names.nameKey(Py.str(a)));
    }
    return keys;
  }

  /** A name that resolves to no gold actor stands for itself. */
  private record Unknown(Set<String> key) {}

  /** Names to gold actor indices (unknown names to their own key). */
  private static Set<Object> resolve(JsonNode names, List<JsonNode> goldActors) {
    Set<Object> out = new HashSet<>();
    for (JsonNode n : Py.items(names)) {
      Set<String> k = Names.nameKey(Py.str(n));
      Object found = new Unknown(k);
      for (int i = 0; i < goldActors.size(); i++) {
        if (actorKeys(goldActors.get(i)).contains(k)) {
          found = i;
          break;
        }
      }
      out.add(found);
    }
    return out;
  }

  static boolean eventMatch(JsonNode g, JsonNode s, List<JsonNode> goldActors) {
    JsonNode type = g.get("type");
    if (!Py.eq(type, s.get("type"))) {
      return false;
    }
    if (!Periods.dateCompatible(g.get("date"), s.get("date"))) {
      return false;
    }
    String t = type.textValue();
    if (t.equals("AID")) {
      JsonNode ga = g.get("amount");
      JsonNode sa = s.get("amount");
      if (Py.truthy(ga) && Py.isDict(sa)) {
        Double v = Py.toFloat(sa.get("value"));
        double gv = ga.path("value").asDouble();
        if (v != null && Py.eq(ga.get("currency"), sa.get("currency")) && Math.abs(v - gv) <= 0.01 * gv) {
          return true;
        }
      }
      return Py.truthy(g.get("title")) && Names.jaccard(Py.str(g.get("title")), Py.str(s.get("title"))) >= 0.4;
    }
    if (t.equals("AGREE") && Py.truthy(g.get("title"))) {
      return Names.jaccard(Py.str(g.get("title")), Py.str(s.get("title"))) >= 0.4;
    }
    Set<Object> gp = resolve(g.get("participants"), goldActors);
    Set<Object> sp = resolve(s.get("participants"), goldActors);
    Set<Object> persons = new HashSet<>();
    for (Object i : gp) {
      if (i instanceof Integer idx && Py.eq(goldActors.get(idx).get("kind"), "person")) {
        persons.add(i);
      }
    }
    if (!persons.isEmpty()) {
      JsonNode mm = g.get("min_match");
      double minMatch = mm != null && mm.isNumber() ? mm.doubleValue() : 2.0;
      double need = Math.min(Math.min(2.0, persons.size()), minMatch);
      int found = 0;
      for (Object p : persons) {
        if (sp.contains(p)) {
          found++;
        }
      }
      return found >= need;
    }
    if (Py.truthy(g.get("title")) && Names.jaccard(Py.str(g.get("title")), Py.str(s.get("title"))) >= 0.4) {
      return true;
    }
    Set<Object> gc = Py.set(g.get("countries"));
    Set<Object> sc = Py.set(s.get("source"));
    sc.addAll(Py.set(s.get("target")));
    sc.addAll(Py.set(s.get("countries")));
    return !gc.isEmpty() && sc.containsAll(gc) && Boolean.TRUE.equals(Periods.dateOk(g.get("date"), s.get("date")));
  }

  /**
   * Maximum bipartite matching by augmenting paths (Kuhn), visiting vertices in the same order as
   * score.py so that ties resolve identically; returns left to right.
   */
  static Map<Integer, Integer> maxMatching(int nLeft, int nRight, BiPredicate<Integer, Integer> edge) {
    Map<Integer, Integer> matchR = new LinkedHashMap<>();
    for (int u = 0; u < nLeft; u++) {
      augment(u, new HashSet<>(), nRight, edge, matchR);
    }
    Map<Integer, Integer> out = new LinkedHashMap<>();
    matchR.forEach((v, u) -> out.put(u, v));
    return out;
  }

  private static boolean augment(
      int u, Set<Integer> seen, int nRight, BiPredicate<Integer, Integer> edge, Map<Integer, Integer> matchR) {
    for (int v = 0; v < nRight; v++) {
      if (!seen.contains(v) && edge.test(u, v)) {
        seen.add(v);
        if (!matchR.containsKey(v) || augment(matchR.get(v), seen, nRight, edge, matchR)) {
          matchR.put(v, u);
          return true;
        }
      }
    }
    return false;
  }
}
