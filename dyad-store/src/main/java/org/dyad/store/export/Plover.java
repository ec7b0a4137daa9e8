package org.dyad.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.model.Amount;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.Precision;
import org.dyad.model.Status;
import org.dyad.store.StoredEvent;

/**
 * PLOVER event records, following the PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL, draft
 * 0.8): its categories and coding rules, its "Data Fields" JSON names, and named extra fields where
 * Dyad knows more.
 */
final class Plover {
  /**
   * The category, modes and contexts of a Dyad event in PLOVER.
   *
   * @param event the PLOVER category
   * @param modes PLOVER modes (only CONSULT and ACCUSE here have any)
   * @param contexts PLOVER contexts
   */
  record Coding(String event, List<String> modes, List<String> contexts) {}

  /** The manual's table "PLOVER conflict-cooperation scores". */
  static final Map<String, Double> SCORES =
      Map.of(
          "CONSULT", 2.1, "AGREE", 4.2, "SUPPORT", 4.6, "COOPERATE", 6.8, "AID", 7.4, "ACCUSE", -2.0,
          "REJECT", -4.2, "DEMAND", -5.0, "THREATEN", -5.1, "PROTEST", -6.6);

  /** The manual's quad category of each category: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
  static final Map<String, Integer> QUADS =
      Map.of(
          "CONSULT", 1, "AGREE", 1, "SUPPORT", 1, "COOPERATE", 2, "AID", 2, "ACCUSE", 3, "REJECT", 3, "DEMAND", 3,
          "THREATEN", 3, "PROTEST", 4);

  private final Function<String, Actor> actorLookup;
  private final KnowledgeBase kb;

  Plover(Function<String, Actor> actorLookup, KnowledgeBase kb) {
    this.actorLookup = actorLookup;
    this.kb = kb;
  }

  static Coding coding(Event e, Sides sides) {
    String mode = e.mode() == null ? "" : e.mode();
    boolean occurred = e.status() == Status.OCCURRED;
    List<String> none = List.of();
    return switch (e.type()) {
      // "All cooperative actions reported in future tense are also taken to imply intentions": AGREE.
      case CONSULT -> occurred ? new Coding("CONSULT", consultModes(mode, sides), none) : agree("diplomatic");
      // The manual's SUPPORT includes "ratify, sign, or finalize an agreement or treaty"; promises to
      // sign are AGREE.
      case AGREE -> occurred ? new Coding("SUPPORT", none, List.of("diplomatic")) : agree("diplomatic");
      case AID -> occurred ? new Coding("AID", none, aidContexts(mode)) : agree(aidContexts(mode));
      case SUPPORT -> occurred ? new Coding("SUPPORT", none, List.of("diplomatic")) : agree("diplomatic");
      case COOPERATE -> occurred ? new Coding("COOPERATE", none, none) : agree(none);
      case DISAPPROVE -> new Coding("ACCUSE", List.of("disapprove"), future(occurred));
      case DEMAND, REJECT, THREATEN, PROTEST -> new Coding(e.type().name(), none, future(occurred));
    };
  }

  private static Coding agree(String context) {
    return agree(List.of(context));
  }

  private static Coding agree(List<String> contexts) {
    return new Coding("AGREE", List.of(), contexts);
  }

  /** The manual's special context for events announced but not yet happened. */
  private static List<String> future(boolean occurred) {
    return occurred ? List.of() : List.of("future");
  }

  private static List<String> consultModes(String mode, Sides sides) {
    List<String> modes = new ArrayList<>();
    switch (mode) {
      case "phone", "video" -> modes.add("phone"); // "via phone or some other remote medium"
      case "visit" -> modes.add("visit");
      default -> {
        if (sides.thirdLocation()) {
          modes.add("third-party");
        }
      }
    }
    if (sides.countryCount() > 2 && !modes.contains("phone")) {
      modes.add("multilateral");
    }
    return List.copyOf(modes);
  }

  private static List<String> aidContexts(String mode) {
    return switch (mode) {
      case "loan", "grant" -> List.of("economic");
      case "humanitarian" -> List.of("humanitarian");
      default -> List.of();
    };
  }

  ObjectNode record(StoredEvent s) {
    Event e = s.event();
    Sides sides = Sides.of(e, actorLookup, kb);
    Coding c = coding(e, sides);
    ObjectNode n = Json.object();
    n.put("id", Long.toString(s.id()));
    if (e.date() != null) {
      n.put("date", e.date().firstDay().toString());
      if (e.date().precision() != Precision.DAY) {
        // A month or a year is the range from its first to its last day.
        n.put("enddate", e.date().lastDay().toString());
      }
    } else {
      n.putNull("date");
    }
    // Reciprocal events (meetings, signings) list every actor as source and no recipient, as the
    // manual's "Compound and Reciprocal Actors" asks; a visit with a known host is directed.
    boolean reciprocal =
        (e.type() == EventType.CONSULT && !sides.hostKnown()) || e.type() == EventType.AGREE;
    List<Party> source = new ArrayList<>(sides.first());
    List<Party> recipient = new ArrayList<>();
    if (reciprocal) {
      source.addAll(sides.second());
    } else {
      recipient.addAll(sides.second());
    }
    source.addAll(sides.others());
    actors(n.putArray("source"), source);
    actors(n.putArray("recipient"), recipient);
    n.putArray("event").add(c.event());
    ArrayNode modes = n.putArray("mode");
    c.modes().forEach(modes::add);
    ArrayNode contexts = n.putArray("context");
    c.contexts().forEach(contexts::add);
    n.put("quad_code", QUADS.get(c.event()));
    n.put("event_scale", SCORES.get(c.event()));
    if (e.location() != null) {
      n.putObject("event_loc").put("name", e.location());
    }
    ObjectNode cite = n.putObject("cite_info");
    cite.put("citation", s.sources().get(0));
    cite.put("coder", "dyad");
    // Named fields beyond the manual's, which it invites: Dyad's own coding and what it adds.
    ObjectNode dyad = n.putObject("dyad");
    dyad.put("type", e.type().name());
    dyad.put("mode", e.mode());
    dyad.put("status", e.status().wireName());
    dyad.put("date_precision", e.date() == null ? null : e.date().precision().wireName());
    dyad.put("title", e.title());
    Amount a = e.amount();
    if (a == null) {
      dyad.putNull("amount");
    } else {
      ObjectNode amount = dyad.putObject("amount");
      amount.put("value", Json.plain(a.value()));
      amount.put("currency", a.currency());
      if (a.usd() != null) {
        amount.put("usd", Json.plain(a.usd()));
      }
    }
    ArrayNode sources = dyad.putArray("sources");
    s.sources().forEach(sources::add);
    return n;
  }

  /** The manual's actor objects: code, sector, actor_text and office. */
  private static void actors(ArrayNode list, List<Party> parties) {
    for (Party p : parties) {
      ObjectNode o = list.addObject();
      if (p.country() != null) {
        o.put("code", p.country());
      }
      if (!p.sector().isEmpty()) {
        o.put("sector", p.sector());
      }
      if (p.name() != null) {
        o.put("actor_text", p.name());
      }
      if (p.title() != null) {
        o.put("office", p.title());
      }
    }
  }
}
