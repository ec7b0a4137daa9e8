package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Office;
import org.dyad.kb.Officeholder;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The unnamed speaker of a statement or speech ("Prime Minister X and I agreed ..."): the holder,
 * on the document's date, of the counterpart's office (or the office the heading names) in the
 * other country of the dyad.
 */
final class Speaker {
  private static final Set<String> OPEN_QUOTES = Set.of("``", "“", "\"");
  private static final Set<String> CLOSE_QUOTES = Set.of("''", "”", "\"");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself");

  private Speaker() {}

  /** What was inferred: the speaker, where the text says "I", and why. */
  record Inference(Actor actor, List<int[]> mentions, int[] sentences, String evidence) {}

  static Inference infer(
      Annotated doc, List<Actor> persons, List<ActorMention> mentions, Map<String, Integer> countryCounts, KnowledgeBase kb,
      LocalDate first, LocalDate last) {
    // first-person words outside quotations: the document speaks in the first person
    List<int[]> selfMentions = new ArrayList<>();
    List<Integer> selfSentences = new ArrayList<>();
    boolean quoted = false;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word();
        if (OPEN_QUOTES.contains(w) && !quoted) {
          quoted = true;
        } else if (CLOSE_QUOTES.contains(w) && quoted) {
          quoted = false;
        } else if (!quoted && FIRST_PERSON.contains(w.toLowerCase(Locale.ROOT)) && (w.equals("I") || !w.equals("i"))) {
          selfMentions.add(new int[] {s.index(), t.start(), t.end()});
          selfSentences.add(s.index());
        }
      }
    }
    long iCount = selfMentions.stream().filter(m -> doc.text().substring(m[1], m[2]).equals("I")).count();
    if (iCount < 2) {
      return null;
    }
    int[] sentences = selfSentences.stream().mapToInt(Integer::intValue).distinct().toArray();
    HeadingSpeaker heading = headingSpeaker(doc.text(), kb);
    Actor byline = heading == null ? byline(doc, persons, mentions) : null;
    if (byline != null) {
      return new Inference(byline, selfMentions, sentences,
          "speaker: the text speaks as \"I\" under a head that names one person, " + byline.name());
    }
    if (first == null || last == null) {
      return null;
    }
    // the counterpart: "Prime Minister X and I", "I and X"
    Actor counterpart = null;
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!t.get(i).word().equals("I")) {
          continue;
        }
        boolean andBefore = i > 0 && t.get(i - 1).word().equalsIgnoreCase("and");
        boolean andAfter = i + 1 < t.size() && t.get(i + 1).word().equalsIgnoreCase("and");
        if (!andBefore && !andAfter) {
          continue;
        }
        int lo = andBefore ? t.get(Math.max(0, i - 6)).start() : t.get(i).end();
        int hi = andBefore ? t.get(i).start() : t.get(Math.min(t.size() - 1, i + 6)).end();
        for (ActorMention m : mentions) {
          if (m.kind() == ActorKind.PERSON && !m.pronoun() && m.start() >= lo && m.end() <= hi) {
            counterpart = persons.stream().filter(p -> p.name().equals(m.actor())).findFirst().orElse(null);
          }
        }
        if (counterpart == null) {
          // "the Prime Minister and I": the one person the document gives that title
          String window = doc.text().substring(lo, hi).toLowerCase(Locale.ROOT);
          List<Actor> titled = new ArrayList<>();
          for (Actor p : persons) {
            if (p.kind() == ActorKind.PERSON && p.title() != null && window.contains(p.title().toLowerCase(Locale.ROOT))) {
              titled.add(p);
            }
          }
          if (titled.size() == 1) {
            counterpart = titled.get(0);
          }
        }
      }
    }
    String own = null;
    Office office = null;
    String officeSource = "the heading";
    String beside;
    if (counterpart == null || counterpart.country() == null) {
      // no counterpart beside "I": the heading may name the speaker ("Remarks by the President of X")
      if (heading == null) {
        return null;
      }
      own = heading.country();
      office = heading.office();
      beside = "under a heading that names the speaker's office and country";
    } else {
      int best = 0;
      for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
        if (!e.getKey().equals(counterpart.country()) && e.getValue() > best) {
          best = e.getValue();
          own = e.getKey();
        }
      }
      if (own == null) {
        return null;
      }
      office = headingOffice(doc);
      beside = "beside " + counterpart.name() + " (" + counterpart.country() + ")";
    }
    if (office == null) {
      office = officeOf(counterpart, kb);
      officeSource = "the counterpart's office";
    }
    if (office == null) {
      return null;
    }
    Optional<Officeholder> held = kb.soleHolder(office, own, first, last);
    if (held.isEmpty()) {
      return null; // the office changed hands within the period: no single speaker
    }
    Officeholder term = held.get();
    String name = term.name();
    Actor speaker = new Actor(name, ActorKind.PERSON, own, term.title(), List.of("I"));
    String evidence = "speaker inferred: the text speaks as \"I\" " + beside + "; "
        + officeSource + " gives the office " + term.title() + " of " + own + ", held by " + name + " from " + first + " to " + last;
    return new Inference(speaker, selfMentions, sentences, evidence);
  }

  /** The start of a line that addresses its listener. */
  private static final Pattern SALUTATION = Pattern.compile("(?i)(?:your\\s+(?:excellenc|majest|highness|royal)|dear\\b|to\\b|excellenc|mr\\.?\\s+president|madam)");

  /** A line of prose: long, or a sentence of several words that ends with its stop. */
  private static final Pattern PROSE_LINE = Pattern.compile("(?m)^(?:[^\\n]{100,}|(?:\\S+[ \\t]+){7,}[^\\n]*[.!?][\"”’]?[ \\t]*)$");

  /**
   * The one person the head of a speech names, above its first line of prose ("Address to the
   * Council / Senator the Hon X Y / Minister for Trade / Sydney, 14 August 2023"), or {@code null}
   * when the head names none or several.
   */
  private static Actor byline(Annotated doc, List<Actor> persons, List<ActorMention> mentions) {
    Matcher prose = PROSE_LINE.matcher(doc.text());
    int headEnd = prose.find() ? prose.start() : 0;
    Set<String> named = new LinkedHashSet<>();
    String text = doc.text();
    for (ActorMention m : mentions) {
      if (m.kind() == ActorKind.PERSON && !m.pronoun() && m.end() <= headEnd) {
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (SALUTATION.matcher(line).lookingAt() || line.endsWith(",")) {
          return null; // "Your Excellency President X,": the one spoken to, so the head names no speaker
        }
        if (line.equals(line.toUpperCase(Locale.ROOT)) || line.contains(":")) {
          return null; // a cable's "SUBJECT: CALL ON FONMIN X": what the text is about, not who wrote it
        }
        named.add(m.actor());
      }
    }
    if (named.size() != 1) {
      return null;
    }
    String name = named.iterator().next();
    return persons.stream().filter(p -> p.name().equals(name) && p.kind() == ActorKind.PERSON).findFirst().orElse(null);
  }

  /** The speaker a heading names by office and country. */
  record HeadingSpeaker(Office office, String country) {}

  /** "Remarks by the President of the Republic of X", "Statement of H.E. the Prime Minister of X". */
  private static final Pattern NAMED_SPEAKER = Pattern.compile(
      "(?i)\\b(?:remarks|statement|speech|address|message|keynote)\\s+(?:delivered\\s+)?(?:by|of)\\s+(?:h\\.\\s?e\\.\\s+)?(?:his\\s+|her\\s+)?"
          + "(?:excellency\\s+)?the\\s+(president|prime\\s+minister|foreign\\s+minister|minister\\s+(?:of|for)\\s+foreign\\s+affairs)"
          + "\\s+of\\s+((?:the\\s+)?[\\p{L}'\u2019-]+(?:[ \\t]+[\\p{L}'\u2019-]+){0,5})");

  /**
   * The speaker's office and country as the document's heading (its first 300 characters) names
   * them, for a text that speaks as "I" with no counterpart beside it.
   */
  static HeadingSpeaker headingSpeaker(String text, KnowledgeBase kb) {
    Matcher m = NAMED_SPEAKER.matcher(text.substring(0, Math.min(text.length(), 300)));
    if (!m.find()) {
      return null;
    }
    String title = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Office office = title.equals("president") ? Office.HEAD_OF_STATE
        : title.equals("prime minister") ? Office.HEAD_OF_GOVERNMENT : Office.FOREIGN_MINISTER;
    String[] words = m.group(2).split("[ \\t]+");
    for (int n = words.length; n > 0; n--) { // the longest run of words that names a country
      Optional<Country> c = kb.countryByName(String.join(" ", java.util.Arrays.copyOf(words, n)));
      if (c.isPresent()) {
        return new HeadingSpeaker(office, c.get().alpha3());
      }
    }
    return null;
  }

  /** The office the first lines name as the speaker's ("Joint Press Statement of the President"). */
  private static Office headingOffice(Annotated doc) {
    String head = doc.text().substring(0, Math.min(doc.text().length(), 200)).toLowerCase(Locale.ROOT);
    int firstBreak = head.indexOf("\n\n");
    if (firstBreak > 0) {
      head = head.substring(0, firstBreak);
    }
    if (head.contains("prime minister")) {
      return Office.HEAD_OF_GOVERNMENT;
    }
    if (head.contains("foreign minister") || head.contains("minister for foreign affairs") || head.contains("minister of foreign affairs")) {
      return Office.FOREIGN_MINISTER;
    }
    if (head.contains("president")) {
      return Office.HEAD_OF_STATE;
    }
    return null;
  }

  /**
   * The speaker's office, matched to the counterpart's: leaders meet leaders, so a counterpart who
   * heads a government (a prime minister, or a president who is also head of government) makes the
   * speaker the head of government of their own country, not a monarch.
   */
  private static Office officeOf(Actor counterpart, KnowledgeBase kb) {
    Set<Office> held = new LinkedHashSet<>();
    for (Officeholder o : kb.byName(counterpart.name())) {
      held.add(o.office());
    }
    String t = counterpart.title() == null ? "" : counterpart.title().toLowerCase(Locale.ROOT);
    if (held.contains(Office.FOREIGN_MINISTER) && (t.contains("foreign") || t.contains("secretary of state") || t.isEmpty())
        && !held.contains(Office.HEAD_OF_GOVERNMENT)) {
      return Office.FOREIGN_MINISTER;
    }
    if (held.contains(Office.HEAD_OF_GOVERNMENT) || t.contains("prime minister") || t.contains("premier") || t.contains("chancellor")
        || t.contains("president")) {
      return Office.HEAD_OF_GOVERNMENT;
    }
    if (t.contains("foreign") || t.contains("secretary of state")) {
      return Office.FOREIGN_MINISTER;
    }
    return held.isEmpty() ? null : held.iterator().next();
  }
}
