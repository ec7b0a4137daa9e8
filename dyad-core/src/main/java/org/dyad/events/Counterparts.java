package org.dyad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorTable;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;

/**
 * Completes the cast of a meeting or call that a sentence tells with one side named: "Modi held talks
 * with his counterpart", "the two leaders met in Hanoi", "the Minister met the Vietnamese side". The
 * missing side is the person of the other country whom the document mentions most.
 */
final class Counterparts {
  /** Words that say a second, unnamed party took part. */
  private static final Pattern CUE =
      Pattern.compile("(?i)\\b(?:counterparts?|(?:two|both)\\s+(?:leaders|sides|ministers|prime\\s+ministers|presidents|foreign\\s+ministers"
          + "|heads\\s+of\\s+(?:state|government)|premiers|delegations|countries|top\\s+diplomats|officials)|each\\s+other|bilateral\\s+(?:talks|meeting|consultations?)"
          + "|delegation[- ]level|tête-à-tête|one-on-one)\\b"
          // "The ministers will meet again at ...", "The Presidents agreed to meet ...": the sides told before, as the subject
          + "|(?:^\\s*(?:\\d+\\.\\s+)?|[,;]\\s)\\s*(?:[Tt]he)\\s+(?:[Ll]eaders|[Mm]inisters|[Ff]oreign\\s+[Mm]inisters|[Pp]rime\\s+[Mm]inisters|[Pp]residents|[Pp]remiers)\\s+(?!of\\b)\\p{Ll}"
          // "held talks with President", "met the Prime Minister of X": an office, not a name
          + "|\\b(?:with|on|by)\\s+(?:the\\s+|his\\s+|her\\s+)?(?:[A-Z][a-z]+\\s+)?(?:President|Prime\\s+Minister|Premier|King|Emperor|Chancellor|Foreign\\s+Minister|Secretary\\s+of\\s+State)\\b(?!\\s+[A-Z][a-z]+)");

  /** A sentence whose subject is the two sides: "The two leaders ...", "8. The Prime Ministers ...", "Both ministers ...". */
  private static final Pattern CAST_SUBJECT = Pattern.compile(
      "^\\s*(?:\\d+\\.\\s+)?(?:The\\s+(?:two\\s+)?|Both\\s+)([Ll]eaders|[Mm]inisters|[Ff]oreign\\s+[Mm]inisters|[Pp]rime\\s+[Mm]inisters|[Pp]residents"
          + "|[Pp]remiers|[Oo]fficials|[Hh]eads\\s+of\\s+[Ss]tate|[Cc]ounterparts)\\s+(?!of\\b)\\p{Ll}");

  /**
   * The office the two sides who are the sentence's subject hold, singular and in lower case
   * ("prime minister" for "The Prime Ministers ..."), "" when the subject names none ("The two
   * leaders ..."), {@code null} when the subject is not the two sides.
   */
  static String castRole(String sentence) {
    Matcher m = CAST_SUBJECT.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    String role = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (role) {
      case "prime ministers", "presidents", "foreign ministers", "leaders" -> role.substring(0, role.length() - 1);
      case "heads of state" -> "leader";
      default -> "";
    };
  }

  /** The offices of a head of state or government. */
  private static final Pattern LEADER = Pattern.compile(
      "\\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|emperor|head of state|chief executive|taoiseach)\\b");

  /** Whether a person's title is the office {@code role} itself, not a deputy's or a vice's; "leader" is any head of state or government. */
  static boolean holds(String title, String role) {
    if (role.isEmpty()) {
      return true;
    }
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    if (t.matches(".*\\b(?:deputy|vice|former)\\b.*")) {
      return false;
    }
    return switch (role) {
      case "foreign minister" -> t.contains("foreign") && t.contains("minister");
      case "leader" -> LEADER.matcher(t).find();
      default -> t.contains(role);
    };
  }

  private static final Pattern SUBJECTLESS =
      Pattern.compile("^\\s*(?:Meets|Met|Holds|Held|Receives|Received|Calls\\s+on|Talks\\s+with|Speaks\\s+(?:to|with))\\s+\\p{Lu}");

  /** Persons of each country, most mentioned first; the countries in the order of their most mentioned person. */
  private final Map<String, List<String>> byCountry;
  private final List<String> mainCountries;

  private Counterparts(Map<String, List<String>> byCountry, List<String> mainCountries) {
    this.byCountry = byCountry;
    this.mainCountries = mainCountries;
  }

  /** Ranks the document's persons by how often it mentions them, per country. */
  static Counterparts of(ActorTable actors, List<String> mainCountries) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorMention m : actors.mentions()) {
      if (m.kind() == ActorKind.PERSON) {
        counts.merge(m.actor(), 1, Integer::sum);
      }
    }
    Map<String, List<String>> byCountry = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> actors.byName(e.getKey()).map(Actor::country)
            .ifPresent(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(e.getKey())));
    return new Counterparts(byCountry, mainCountries);
  }

  /**
   * Adds the unnamed side to a meeting or call with fewer than two persons.
   *
   * @param sentence the text of the sentence that tells the event
   * @param acted whether the sentence says the event took place ("met", "held talks"), rather than
   *     naming it ("preparations for the leaders' meeting"); without a named person, only such a
   *     sentence makes its unnamed sides the participants
   */
  void complete(Candidate c, String sentence, ActorTable actors, boolean acted) {
    if (c.persons.size() >= 2 || Set.of("visit").contains(c.mode)) {
      return;
    }
    boolean cue = CUE.matcher(sentence).find();
    Set<String> own = new LinkedHashSet<>();
    for (String p : c.persons) {
      actors.byName(p).map(Actor::country).ifPresent(own::add);
    }
    if (c.persons.size() == 1) {
      if (own.isEmpty()) {
        return;
      }
      List<String> others = new ArrayList<>();
      for (String x : c.countries()) {
        if (!own.contains(x)) {
          others.add(x);
        }
      }
      // "Meets Putin": a headline without its subject is about the report's own protagonist
      boolean subjectless = acted && SUBJECTLESS.matcher(sentence).find();
      if (others.isEmpty() && (cue || subjectless)) {
        for (String x : mainCountries) {
          if (!own.contains(x)) {
            others.add(x);
          }
        }
      }
      if (others.size() == 1 && acted || (cue || subjectless) && !others.isEmpty()) {
        top(others.get(0)).ifPresent(c.persons::add);
      }
    } else if (cue && acted && c.countries().size() <= 2) {
      List<String> sides = new ArrayList<>(c.countries().size() == 2 ? new ArrayList<>(c.countries()) : mainCountries);
      // a side whose people the text never names ("we held a one-on-one meeting with my brother", said by an
      // unnamed host) leaves the other side's person alone; a side named but not found leaves no one
      boolean unnamedSide = sides.size() == 2 && sides.stream().anyMatch(x -> !byCountry.containsKey(x));
      List<String> bothSides = List.copyOf(sides);
      if (c.countries().size() != 2) {
        // "Ukraine" named more often than the visitor's country: the sides are those whose people the text names
        sides.removeIf(x -> top(x).isEmpty());
        for (String x : byCountry.keySet()) { // by the mentions of their most mentioned person, most first
          if (sides.size() < 2 && !sides.contains(x)) {
            sides.add(x);
          }
        }
      }
      if (sides.size() == 2) {
        for (String side : sides) {
          top(side).ifPresent(c.persons::add);
        }
        if (c.persons.size() < 2 && !(c.persons.size() == 1 && unnamedSide)) {
          c.persons.clear();
        }
      } else if (sides.size() == 1 && unnamedSide) {
        top(sides.get(0)).ifPresent(c.persons::add);
      }
      if (unnamedSide && c.persons.size() == 1) {
        for (String x : bothSides) {
          if (!c.source.contains(x)) {
            c.source.add(x); // the unnamed side takes part too
          }
        }
      }
    }
  }

  private java.util.Optional<String> top(String country) {
    List<String> ps = byCountry.get(country);
    return ps == null || ps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ps.get(0));
  }
}
