package org.dyad.app.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.json.RecordJson;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.store.StoredEvent;

/** What the store knows about the relations of two countries, or about the countries it holds. */
final class Summary {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  /** Latest agreements, aid and events listed in a summary. */
  private static final int LATEST = 10;

  private Summary() {}

  static String countryName(String code) {
    return KB.country(code).map(c -> c.name()).orElse(code);
  }

  private static List<String> countries(Event e) {
    TreeSet<String> all = new TreeSet<>(e.source());
    all.addAll(e.target());
    return new ArrayList<>(all);
  }

  /**
   * The events of a pair: counts by type and by month (every month from the first to the last
   * dated event), the topics of the reporting documents, the latest agreements, the aid with its
   * amounts and totals by currency, the most active participants and the latest events.
   */
  static ObjectNode pair(String a, String b, List<StoredEvent> events, Map<String, Integer> topics) {
    ObjectNode n = Json.object();
    ArrayNode cs = n.putArray("countries");
    for (String c : List.of(a, b)) {
      cs.addObject().put("code", c).put("name", countryName(c));
    }
    n.put("events", events.size());
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (EventType t : EventType.values()) {
      byType.put(t.name(), 0);
    }
    TreeMap<YearMonth, Map<String, Integer>> byMonth = new TreeMap<>();
    Map<String, Integer> actors = new LinkedHashMap<>();
    List<StoredEvent> agreements = new ArrayList<>();
    List<StoredEvent> aid = new ArrayList<>();
    Map<String, BigDecimal[]> totals = new TreeMap<>();
    int undated = 0;
    for (StoredEvent s : events) {
      Event e = s.event();
      byType.merge(e.type().name(), 1, Integer::sum);
      if (e.date() == null) {
        undated++;
      } else {
        byMonth.computeIfAbsent(YearMonth.from(e.date().firstDay()), k -> new LinkedHashMap<>()).merge(e.type().name(), 1, Integer::sum);
      }
      e.participants().forEach(p -> actors.merge(p, 1, Integer::sum));
      if (e.type() == EventType.AGREE) {
        agreements.add(s);
      } else if (e.type() == EventType.AID) {
        aid.add(s);
        if (e.amount() != null) {
          BigDecimal[] t = totals.computeIfAbsent(e.amount().currency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          t[0] = t[0].add(e.amount().value());
          if (e.amount().usd() != null) {
            t[1] = t[1].add(e.amount().usd());
          }
        }
      }
    }
    byType.values().removeIf(v -> v == 0);
    ObjectNode types = n.putObject("by_type");
    byType.forEach(types::put);
    ArrayNode months = n.putArray("by_month");
    if (!byMonth.isEmpty()) {
      for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
        ObjectNode row = months.addObject().put("month", m.toString());
        ObjectNode counts = row.putObject("counts");
        byMonth.getOrDefault(m, Map.of()).forEach(counts::put);
      }
    }
    n.put("undated", undated);
    ObjectNode tp = n.putObject("topics");
    topics.forEach(tp::put);
    n.set("agreements", latest(agreements));
    n.set("aid", latest(aid));
    ArrayNode tot = n.putArray("aid_totals");
    totals.forEach((cur, t) -> {
      ObjectNode row = tot.addObject().put("currency", cur);
      row.set("value", Json.MAPPER.getNodeFactory().numberNode(RecordJson.plain(t[0])));
      if (t[1].signum() != 0) {
        row.set("usd", Json.MAPPER.getNodeFactory().numberNode(RecordJson.plain(t[1])));
      }
    });
    ArrayNode top = n.putArray("actors");
    actors.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(LATEST)
        .forEach(x -> top.addObject().put("name", x.getKey()).put("events", x.getValue()));
    n.set("latest", latest(events));
    return n;
  }

  /** The last {@link #LATEST} events, latest first. */
  private static ArrayNode latest(List<StoredEvent> events) {
    ArrayNode a = Json.array();
    List<StoredEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing((StoredEvent s) -> s.event().date() == null ? "" : s.event().date().firstDay().toString()).reversed()
        .thenComparing(Comparator.comparingLong(StoredEvent::id).reversed()));
    sorted.stream().limit(LATEST).forEach(s -> a.add(Json.event(s)));
    return a;
  }

  /** The countries of the stored events and the pairs among them, most events first. */
  static ObjectNode countries(List<StoredEvent> events) {
    Map<String, Integer> byCountry = new TreeMap<>();
    Map<String, Integer> byPair = new TreeMap<>();
    for (StoredEvent s : events) {
      List<String> cs = countries(s.event());
      cs.forEach(c -> byCountry.merge(c, 1, Integer::sum));
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          byPair.merge(cs.get(i) + "-" + cs.get(j), 1, Integer::sum);
        }
      }
    }
    ObjectNode n = Json.object();
    ArrayNode c = n.putArray("countries");
    byCountry.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> c.addObject().put("code", e.getKey()).put("name", countryName(e.getKey())).put("events", e.getValue()));
    ArrayNode p = n.putArray("pairs");
    byPair.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          String[] ab = e.getKey().split("-");
          ObjectNode row = p.addObject();
          row.putArray("countries").add(ab[0]).add(ab[1]);
          row.putArray("names").add(countryName(ab[0])).add(countryName(ab[1]));
          row.put("events", e.getValue());
        });
    return n;
  }
}
