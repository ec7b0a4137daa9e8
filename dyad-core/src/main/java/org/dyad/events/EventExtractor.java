package org.dyad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorTable;
import org.dyad.dates.Dater;
import org.dyad.dates.DocumentDate;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.nlp.Annotated;
import org.dyad.model.Precision;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Extracts CONSULT, AGREE and AID events from an annotated document. */
public final class EventExtractor {
  private static final Pattern LIST_HEAD =
      Pattern.compile("(?i)\\b(?:mous|agreements|memoranda|memorandums|documents|deals|instruments|accords)\\s+(?:(?:signed|exchanged|concluded)\\s+)?(?:included|include|includes|covered|cover|covering|were|are|:)\\s*:?\\s+"
          + "(?!(?:also|then|all|duly|jointly|being|to)\\s|[a-z]+(?:ed|en)\\b)");
  private static final Pattern NOUN_ON =
      Pattern.compile("(?i)\\b(?:mous?|mocs?|memorand(?:um|a|ums)(?: of (?:understanding|cooperation))?(?:\\s*\\(mou\\))?|agreements?|accords?|treat(?:y|ies)|protocols?|contracts?|deals?|arrangements?|exchange of notes|letters? of intent|records? of discussions?|minutes of discussions?)\\s+(?:on|for|regarding|concerning|relating to|to promote|to enhance|in the field of|in the area of)\\s+");
  private static final Pattern TITLE_STOP =
      Pattern.compile("(?i)\\s+(?:between|with|by|signed|which|that|who|as well as|at the|in the presence|witnessed)\\b|[;–—(]|,\\s*(?:and|as well as|while|which)\\b|\\.\\s|\\.$|,\\s*one\\b"
          + "|,?\\s+(?:and\\s+)?(?:an?|another)\\s+(?:mou|memorandum|agreement|accord|treaty|protocol|contract|letter|record|exchange)\\b"
          + "|\\s+on\\s+(?:\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b)");
  private static final Pattern PARTNERSHIP =
      Pattern.compile("(?i)\\b(?:to|into|of|establish(?:ed|es|ing)?)\\s+(?:a|an|the)?\\s*[\"“‘']?((?:[A-Za-z\\-]+\\s+){0,4}partnership)");

  private static final Pattern TRAILING_PLACE = Pattern.compile("\\s+(?:in|at)\\s+(?:the\\s+)?([A-Z][\\p{L}.' \\-]+)$");

  private final KnowledgeBase kb;
  private final Dater dater;

  private EventExtractor(KnowledgeBase kb, Dater dater) {
    this.kb = kb;
    this.dater = dater;
  }

  /** A heading over links to other stories: "Related stories", "Read also:", "You may also like". */
  private static final Pattern RELATED_HEADING = Pattern.compile(
      "(?im)^[ \\t]*(?:related(?:\\s+(?:stories|articles|news|posts|content|coverage|links|reading))?|read\\s+(?:also|more)|see\\s+also|also\\s+read"
          + "|more\\s+(?:stories|news|articles)(?:\\s+from\\s+[^\\n]{1,40})?|you\\s+(?:may|might)\\s+also\\s+like)[ \\t]*:?[ \\t]*$");

  /**
   * Where the text lists other stories under a heading such as "Related stories": from the heading
   * to the end of the lines that follow it, blank lines allowed only between items of a list.
   */
  static List<int[]> relatedLinks(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RELATED_HEADING.matcher(text);
    while (m.find()) {
      int at = m.end();
      int end = at;
      boolean list = false;
      while (at < text.length()) {
        int lineEnd = text.indexOf('\n', at + 1);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String line = text.substring(at, lineEnd).replace("\n", "");
        if (line.isBlank()) {
          at = lineEnd;
          continue;
        }
        boolean item = LIST_ITEM.matcher(line).lookingAt();
        if (line.length() > 160) {
          break; // a paragraph, not a headline
        }
        if (end > m.end() && at > end && !(list && item)) {
          break; // a blank line, then no more items: the story or the page goes on
        }
        list |= item;
        end = lineEnd;
        at = lineEnd;
      }
      out.add(new int[] {m.start(), end});
    }
    return out;
  }

  private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:report(?:s|ed)?|claim(?:s|ed)?|rumou?r(?:s|ed)?|alleg(?:es|ed))\\b");
  private static final Pattern DENIAL = Pattern.compile(
      "(?i)\\b(?:this|that|the|these|those|such)\\s+(?:information|reports?|news|claims?|rumou?rs?|allegations?)\\s+(?:is|are|was|were)\\s+"
          + "(?:completely\\s+|totally\\s+|entirely\\s+|simply\\s+)?(?:inaccurate|untrue|false|baseless|groundless|unfounded|incorrect|fabricated"
          + "|not\\s+(?:true|accurate|correct))\\b|\\bno\\s+such\\s+(?:meeting|visit|talks|call|trip)\\b");

  /**
   * Whether a sentence tells what others reported, and one of the three after it says the report
   * is untrue ("Could the Spokesperson confirm ...? This information is inaccurate.").
   */
  private static boolean deniedAfter(Annotated doc, Sentence s) {
    if (!REPORTED.matcher(s.text(doc.text())).find()) {
      return false;
    }
    List<Sentence> all = doc.sentences();
    int at = s.index();
    for (int i = at + 1; i < Math.min(all.size(), at + 4); i++) {
      if (DENIAL.matcher(all.get(i).text(doc.text())).find()) {
        return true;
      }
    }
    return false;
  }

  /** An extractor over the given knowledge and dater. */
  public static EventExtractor create(KnowledgeBase kb, Dater dater) {
    return new EventExtractor(kb, dater);
  }

  /** The events of a document, one per real-world event, in order of first mention. */
  public List<Event> extract(Annotated doc, ActorTable actors, DocumentDate date) {
    List<Candidate> cands = new ArrayList<>();
    DateValue signingDate = null;
    boolean signingDocument = false;
    for (Sentence s : doc.sentences()) {
      String st = s.text(doc.text());
      signingDocument |= SIGNING.matcher(st).find() && (Instruments.HEAD.matcher(st).find() || DOCUMENTS.matcher(st).find());
    }
    Counterparts counterparts = Counterparts.of(actors, mainCountries(actors));
    List<int[]> related = relatedLinks(doc.text());
    for (Sentence s : doc.sentences()) {
      if (related.stream().anyMatch(r -> r[0] <= s.start() && s.start() < r[1])) {
        continue; // the headlines of other stories under "Related stories" are not this document's events
      }
      if (s.text(doc.text()).strip().endsWith("?")) {
        continue; // "Could the Spokesperson confirm that ...?": a question asserts nothing
      }
      List<Trigger> triggers = Triggers.find(s);
      if (deniedAfter(doc, s)) {
        // "Media reported that X will meet Y next week ... Spokesperson: this information is inaccurate"
        triggers = triggers.stream().filter(tr -> tr.type() != EventType.CONSULT).toList();
      }
      for (Trigger tr : triggers) {
        if (tr.type() == EventType.AGREE && tr.mode().equals("agreement") && !signingToldBefore(s.tokens(), tr.first())) {
          DateValue d = nearestDate(s, tr, date, Status.OCCURRED, 35, false);
          // the first date the text gives the signing, unless that is only the report's own day
          if (d != null && !longBefore(d, date) && (signingDate == null || reportDay(signingDate, date) && !reportDay(d, date))) {
            signingDate = d;
          }
        }
      }
      String role = Counterparts.castRole(s.text(doc.text()));
      List<String> cast = role == null ? List.of() : lastCast(cands, role, actors);
      for (Trigger tr : triggers) {
        cands.addAll(candidates(doc, s, tr, actors, date, counterparts, triggers, cast));
      }
      cands.addAll(aidBySum(doc, s, actors, date, counterparts));
      if (signingDocument) {
        cands.addAll(instruments(doc, s, triggers, actors, date));
        cands.addAll(listedInstruments(doc, s, actors, date));
        cands.addAll(ordinalInstruments(doc, s, actors, date));
      }
    }
    // instruments listed without their own date were signed at the signing the text describes, where
    // those who presided over it met
    for (Candidate c : cands) {
      boolean signed = c.type == EventType.AGREE && !c.mode.equals("partnership_upgrade") || c.atSigning;
      // "Before the signing ceremony, X paid a courtesy call on Y": a meeting told by the signing's day
      // "held talks with Y, after which the two signed ...": the talks of the signing's day; aid announced "after the signing" too
      boolean bySigning = (c.type == EventType.CONSULT || c.type == EventType.AID) && !c.dateStated && c.told != null
          && (BY_THE_SIGNING.matcher(c.told).find() || c.type == EventType.CONSULT && SIGNED_AFTER_TALKS.matcher(c.told).find());
      if ((signed || bySigning) && (!c.dateStated || c.dateIsReportDay) && signingDate != null && c.status == Status.OCCURRED) {
        c.date = signingDate;
      }
    }
    signedAtTheMeeting(cands, signingDate != null);
    List<Candidate> merged = withoutSummaries(Merger.merge(cands));
    attendees(doc, actors, merged, date);
    datePartsOfPackages(merged);
    merged.addAll(agreementsOfAid(doc, merged, signingDate));
    merged.addAll(ceremonyOfAid(doc, actors, merged));
    List<Event> out = new ArrayList<>();
    for (Candidate c : merged) {
      if (!worthKeeping(c)) {
        continue;
      }
      c.evidence.sort(Comparator.naturalOrder());
      List<String> participants = new ArrayList<>(c.persons);
      participants.addAll(c.organizations);
      if (c.type == EventType.CONSULT && c.persons.size() == 1) {
        participants.addAll(c.bodies); // "UNOPS officials held audience with the Minister": the body is the other side
      }
      if (c.type == EventType.AID && c.source.isEmpty() && !c.target.isEmpty() && c.persons.size() == 1 && c.organizations.isEmpty()) {
        // "Deputy Prime Minister X presented 2,000 tonnes of rice to Mozambique": the one giver's own country
        actors.byName(c.persons.iterator().next()).map(Actor::country).filter(country -> !c.target.contains(country)).ifPresent(c.source::add);
      }
      Amount amount = c.source.size() == 1 && c.amount != null
          ? Amounts.asHomeMeansIt(c.amount, evidenceText(doc, c), doc.text(), actors.home(), c.source.get(0)) : c.amount;
      out.add(new Event(c.type, c.mode, c.status, c.date, participants, c.source, without(c.target, c.source), c.location, c.title,
          amount, dedupe(c.evidence)));
    }
    return out;
  }

  /**
   * The name of the statement that a trigger at {@code at} of sentence {@code st} tells of: the
   * instrument named there ("Joint Declaration on the Amazon", "Lima Declaration"), else "Joint
   * Statement".
   */
  private static String statementTitle(String st, int at) {
    for (Instruments.Found f : Instruments.find(st)) {
      if (f.end() > at && f.start() - at < 60 && f.title().matches("(?i).*\\b(?:statement|declaration|communiqu[eé])\\b.*")) {
        return f.title();
      }
    }
    return "Joint Statement";
  }

  /** "held talks on Tuesday ... before the signing": the signing told before, whose date is not in this sentence. */
  private static boolean signingToldBefore(List<Token> t, int i) {
    return i >= 2 && Triggers.lower(t, i - 1).equals("the")
        && Set.of("before", "after", "following", "since", "during", "at", "ahead").contains(Triggers.lower(t, i - 2));
  }

  /** "The following Heads of State ... attended the Session: ...", "Also in attendance were ...". */
  private static final Pattern ATTENDANCE = Pattern.compile(
      "(?i)\\battended\\s+the\\s+(?:session|summit|meeting|conference)\\b|\\bin\\s+attendance\\s+were\\b|\\b(?:was|were)\\s+(?:also\\s+)?attended\\s+by\\b");

  /**
   * A communique's list of those who attended: when the document reports one summit that took
   * place in the days it reports on, the persons of the sentences that say who attended it are its participants.
   */
  private static void attendees(Annotated doc, ActorTable actors, List<Candidate> events, DocumentDate date) {
    List<Candidate> summits = events.stream()
        .filter(c -> c.type == EventType.CONSULT && c.mode.equals("summit") && c.status == Status.OCCURRED && c.title != null
            && (c.date == null || date.value() == null || !c.date.lastDay().isBefore(date.value().firstDay().minusDays(3))))
        .toList();
    if (summits.size() != 1) {
      return;
    }
    Candidate summit = summits.get(0);
    for (Sentence s : doc.sentences()) {
      if (!ATTENDANCE.matcher(s.text(doc.text())).find()) {
        continue;
      }
      for (ActorMention m : actors.inSentence(s.index())) {
        if (m.kind() == ActorKind.PERSON && !m.pronoun() && !summit.persons.contains(m.actor())) {
          summit.persons.add(m.actor());
        }
      }
    }
  }

  /** A signing told in the same sentence right after the talks: "..., after which the two signed", "and then signed". */
  private static final Pattern SIGNED_AFTER_TALKS =
      Pattern.compile("(?i)\\b(?:after\\s+which|following\\s+which|and\\s+then|and\\s+later)\\s+(?:[\\w-]+\\s+){0,3}(?:signed|exchanged|inked)\\b");
  private static final Pattern BY_THE_SIGNING =
      Pattern.compile("(?i)\\b(?:before|after|following|ahead\\s+of|prior\\s+to)\\s+the\\s+signing(?:\\s+ceremony)?\\b");

  /** The text of a candidate's evidence, where its sum is stated (all its sentences, where {@code told} is the first). */
  private static String evidenceText(Annotated doc, Candidate c) {
    StringBuilder b = new StringBuilder();
    for (Span sp : c.evidence) {
      b.append(doc.text(), sp.start(), sp.end()).append('\n');
    }
    return b.toString();
  }

  /**
   * "Japan signed loans of JPY 232 billion for nine projects on 20 February ... 1. Project X. Loan
   * amount: JPY 23.7 billion": a sum told without a date of its own, after a dated larger sum in the
   * same currency from the same giver, is part of that package and has its date.
   */
  private static void datePartsOfPackages(List<Candidate> merged) {
    for (Candidate part : merged) {
      if (part.type != EventType.AID || part.date != null || part.amount == null || part.status != Status.OCCURRED) {
        continue;
      }
      for (Candidate whole : merged) {
        if (whole != part && whole.type == EventType.AID && whole.dateStated && whole.status == Status.OCCURRED && whole.amount != null
            && whole.sentence < part.sentence && whole.amount.currency().equals(part.amount.currency())
            && whole.amount.value().compareTo(part.amount.value()) > 0
            && (part.source.isEmpty() || whole.source.stream().anyMatch(part.source::contains))) {
          part.date = whole.date;
          break;
        }
      }
    }
  }

  private static final Set<String> INSTRUMENT_HEADS =
      Set.of("mou", "mous", "memorandum", "memoranda", "agreement", "agreements", "protocol", "treaty", "convention", "accord", "charter");

  /**
   * "SIGN MOU ON POLITICAL CONSULTATIONS", "an agreement on a mechanism for bilateral consultations":
   * a meeting noun that names what an instrument is about, after the instrument and its "on", with
   * no verb between.
   */
  private static boolean instrumentSubject(List<Token> t, Trigger tr) {
    if (tr.type() != EventType.CONSULT || !t.get(tr.first()).pos().startsWith("NN")) {
      return false;
    }
    boolean about = false;
    for (int k = tr.first() - 1; k >= Math.max(0, tr.first() - 12); k--) {
      String w = Triggers.lower(t, k);
      if (t.get(k).pos().matches("VB[DPZ]?") || w.equals(",") || w.equals(";")) {
        return false;
      }
      if (Set.of("on", "for", "regarding", "concerning").contains(w)) {
        about = true;
      } else if (about && INSTRUMENT_HEADS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X and Y held talks ... The two officials signed a memorandum ...": an instrument told without a
   * day, signed by people whom the text shows meeting on one other stated day, was signed at that
   * meeting.
   */
  private static void signedAtTheMeeting(List<Candidate> cands, boolean upgradesOnly) {
    for (Candidate c : cands) {
      if (c.type != EventType.AGREE || c.dateStated || c.status != Status.OCCURRED || c.persons.isEmpty()) {
        continue; // "the two sides signed", with no one named, may be another day's signing
      }
      if (upgradesOnly && !c.mode.equals("partnership_upgrade")) {
        continue; // the instruments were dated by the signing the text describes
      }
      Set<DateValue> days = new HashSet<>();
      for (Candidate m : cands) {
        if (m.type == EventType.CONSULT && !m.mode.equals("visit") && m.status == Status.OCCURRED && m.persons.containsAll(c.persons)
            && m.persons.size() >= 2 && m.dateStated && m.date != null) {
          days.add(m.dateIsReportDay ? null : m.date); // a meeting told undated is one of these, or on the report's day
        }
      }
      if (days.size() == 1 && !days.contains(null)) {
        c.date = days.iterator().next();
      }
    }
  }

  /**
   * "Pakistan and the UAE sign three MoUs for cooperation in diverse sectors": instruments counted
   * under one subject stand for themselves only when the document does not name as many others; a
   * headline's count over the MoUs the body lists is a summary.
   */
  private static List<Candidate> withoutSummaries(List<Candidate> merged) {
    long named = merged.stream().filter(c -> c.type == EventType.AGREE && c.copy == 0 && c.title != null).count();
    Map<String, Long> counted = new HashMap<>();
    for (Candidate c : merged) {
      if (c.type == EventType.AGREE && c.copy > 0) {
        counted.merge(c.sentence + "\u0000" + c.title, 1L, Long::sum);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : merged) {
      if (c.type == EventType.AGREE && c.copy > 0 && named >= counted.getOrDefault(c.sentence + "\u0000" + c.title, 0L)) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "reveal", "announce", "tell", "note", "add", "state", "disclose", "confirm", "explain", "indicate", "stress",
          "emphasize", "emphasise", "claim", "report");

  /**
   * "Deputy President X revealed on Friday that the President would visit China": who tells of an
   * event before the trigger is not one of its participants, unless the clause names them again
   * ("X said he met Y").
   */
  private static final Set<String> SAID = Set.of("said", "says", "added", "noted", "stated", "explained", "told");
  private static final Set<String> HONORIFIC_WORDS = Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", ".");

  private static void withoutReporters(Candidate c, Sentence s, ActorTable actors, Trigger tr) {
    List<Token> t = s.tokens();
    // "'... will convene world leaders for talks,' said Mr Mohamed": who speaks after the quote
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() != ActorKind.PERSON || m.pronoun() || m.start() < t.get(Math.min(tr.end(), t.size() - 1)).start()) {
        continue;
      }
      int k = s.tokenAt(m.start());
      if (k < 0) {
        continue;
      }
      int b = k - 1;
      while (b >= 0 && HONORIFIC_WORDS.contains(Triggers.lower(t, b))) {
        b--;
      }
      boolean saidBefore = b >= 1 && SAID.contains(Triggers.lower(t, b)) && Set.of(",", "”", "\"", "''").contains(Triggers.lower(t, b - 1));
      boolean elsewhere = actors.inSentence(s.index()).stream().anyMatch(o -> o.actor().equals(m.actor()) && o.start() < m.start());
      if (saidBefore && !elsewhere) {
        c.persons.remove(m.actor());
      }
    }
    // "..., according to an agenda obtained by The Post": the source of the news after the trigger
    for (int k = tr.end(); k + 1 < t.size(); k++) {
      if (Triggers.lower(t, k).equals("according") && Triggers.lower(t, k + 1).equals("to")) {
        int from = t.get(k).start();
        for (ActorMention m : actors.inSentence(s.index())) {
          boolean before = actors.inSentence(s.index()).stream().anyMatch(o -> o.actor().equals(m.actor()) && o.start() < from);
          if (m.start() > from && !m.pronoun() && !before) {
            c.persons.remove(m.actor());
            c.organizations.remove(m.actor());
          }
        }
        break;
      }
    }
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() != ActorKind.PERSON || m.pronoun() || !c.persons.contains(m.actor())) {
        continue;
      }
      int last = s.tokenAt(m.end() - 1);
      int verb = -1;
      for (int k = last + 1; k < Math.min(t.size(), last + 4) && k < tr.first(); k++) {
        String lemma = t.get(k).lemma() == null ? "" : t.get(k).lemma().toLowerCase(Locale.ROOT);
        if (t.get(k).pos().startsWith("VB") && REPORTING_VERBS.contains(lemma)) {
          verb = k;
          break;
        }
      }
      if (verb < 0) {
        continue;
      }
      int verbEnd = t.get(verb).end();
      boolean again = actors.inSentence(s.index()).stream()
          .anyMatch(o -> o.actor().equals(m.actor()) && o.start() > verbEnd);
      if (!again) {
        c.persons.remove(m.actor());
      }
    }
  }

  /**
   * Who makes a visit, when the text says so right at the trigger: "X's visit to China", "the
   * visiting Chinese Foreign Minister X"; else {@code null}.
   */
  private static String visitor(Sentence s, Trigger tr, ActorTable actors) {
    List<Token> t = s.tokens();
    String w = Triggers.lower(t, tr.first());
    String before = Triggers.lower(t, tr.first() - 1);
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() != ActorKind.PERSON || m.pronoun()) {
        continue;
      }
      if ((before.equals("'s") || before.equals("’s")) && tr.first() > 0 && m.end() == t.get(tr.first() - 1).start()) {
        return m.actor(); // "Hun Sen's visit"
      }
      if (w.equals("visiting") && m.start() > t.get(tr.first()).start()) {
        int gap = 0;
        for (Token x : t) {
          if (x.start() > t.get(tr.first()).start() && x.start() < m.start()) {
            gap++;
            if (x.word().equals(",")) {
              gap = 99;
            }
          }
        }
        if (gap <= 10) {
          return m.actor(); // "the visiting Chinese State Councilor and Foreign Minister Wang Yi"
        }
      }
    }
    String after = Triggers.lower(t, tr.end());
    boolean verb = t.get(tr.first()).pos().startsWith("VB");
    ActorMention nearest = null;
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() != ActorKind.PERSON || m.pronoun()) {
        continue;
      }
      int between = tokensBetween(t, verb ? m.end() : t.get(tr.end() - 1).end(), verb ? t.get(tr.first()).start() : m.start());
      if (between < 0 || between > 8) {
        continue;
      }
      if (!verb && (after.equals("of") || after.equals("by")) && (nearest == null || m.start() < nearest.start())) {
        nearest = m; // "the state visit of Kenyan President William Ruto to ..."
      } else if (verb && (nearest == null || m.start() > nearest.start())) {
        nearest = m; // "President X is expected to visit Nairobi"
      }
    }
    return nearest == null ? null : nearest.actor();
  }

  /** The tokens wholly between two character offsets, or -1 when a comma or a semicolon stands there or they are out of order. */
  private static int tokensBetween(List<Token> t, int from, int to) {
    if (to < from) {
      return -1;
    }
    int n = 0;
    for (Token x : t) {
      if (x.start() >= from && x.end() <= to) {
        if (x.word().equals(",") || x.word().equals(";")) {
          return -1;
        }
        n++;
      }
    }
    return n;
  }

  /** The day an event told without a date of its own is dated: the reposted release's, else the document's. */
  /**
   * Whether a date ends more than two months before the report's first day: "an agreement the
   * utilities signed in 2022" is background, not the signing a report of this week describes.
   */
  private static boolean longBefore(DateValue d, DocumentDate date) {
    return date.value() != null && d.lastDay().isBefore(date.value().firstDay().minusMonths(2));
  }

  private static DateValue undatedDay(DocumentDate date) {
    return date.release() != null ? DateValue.ofDay(date.release(), null) : date.value().withBasis(null);
  }

  private static List<String> without(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>();
    for (String x : a) {
      if (!b.contains(x) && !out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static List<Span> dedupe(List<Span> spans) {
    return new ArrayList<>(new LinkedHashSet<>(spans));
  }

  private static boolean worthKeeping(Candidate c) {
    return switch (c.type) {
      // a summit is many leaders' event: one named person and no name for it is a mention, not a report
      case CONSULT -> c.mode.equals("summit") && c.title == null ? c.persons.size() >= 2
          // "a team of experts will arrive": a planned visit needs a visitor the text names
          : c.mode.equals("visit") && c.title == null && c.status != Status.OCCURRED ? !c.persons.isEmpty()
          // one person and one country is one side: a meeting needs the other side named or placed
          : c.title == null && c.persons.size() == 1 && c.countries().size() < 2 && c.bodies.isEmpty() ? false
          : !c.persons.isEmpty() || c.countries().size() >= 2 || c.title != null && !c.countries().isEmpty();
      case AGREE -> c.title != null;
      // a verb of giving with its receiver is aid ("sent arms to Pakistan"); a bare "loan" needs a sum or a purpose
      // without a sum, an item of aid needs a giver and a receiver ("providing urgent relief to nations in need" is neither)
      case AID -> c.amount != null || !c.nounTrigger && !c.target.isEmpty() || c.title != null && c.countries().size() >= 2;
      default -> true;
    };
  }

  // ------------------------------------------------------------------ one trigger

  /**
   * The two persons of the meeting or call told last, whom "the two leaders" or "the Prime Ministers"
   * after it stands for, both holding {@code role} when it names one; else empty.
   */
  private static List<String> lastCast(List<Candidate> cands, String role, ActorTable actors) {
    for (int i = cands.size() - 1; i >= 0; i--) {
      Candidate c = cands.get(i);
      if (c.type == EventType.CONSULT && c.persons.size() == 2
          && c.persons.stream().allMatch(p -> Counterparts.holds(actors.byName(p).map(Actor::title).orElse(null), role))) {
        return List.copyOf(c.persons);
      }
    }
    return List.of();
  }

  private List<Candidate> candidates(Annotated doc, Sentence s, Trigger tr, ActorTable actors, DocumentDate date,
      Counterparts counterparts, List<Trigger> triggers, List<String> cast) {
    List<Token> t = s.tokens();
    if (Triggers.insideOrganization(s, tr) && !ordinalBefore(t, tr.first())) {
      return List.of();
    }
    String triggerPos = t.get(tr.first()).pos();
    boolean backgrounded = triggerPos.startsWith("NN") || triggerPos.equals("VBN") || triggerPos.equals("VBG");
    if (Modality.negated(t, tr.first()) || (backgrounded && Modality.conflictVerb(t)) || Modality.calledOffLater(t, tr.first())) {
      return List.of();
    }
    if (tr.type() == EventType.AID && t.get(tr.first()).pos().equals("VBN") && tr.first() > 0
        && Set.of("the", "this", "these", "those").contains(Triggers.lower(t, tr.first() - 1))) {
      return List.of(); // "how to operate the donated equipment": the aid told before
    }
    if (tr.type() == EventType.CONSULT && Modality.anaphoric(t, tr.first())) {
      return List.of();
    }
    if (tr.type() == EventType.AID) {
      String st = s.text(doc.text());
      int at = t.get(tr.first()).start() - s.start();
      if (MISUSE.matcher(st.substring(Math.max(0, at - 60), Math.min(st.length(), at + 60))).find()) {
        return List.of(); // "accused of misusing $50 million in public funds": money taken, not aid
      }
    }
    String w = Triggers.lower(t, tr.first());
    List<String[]> namedSummits = w.equals("summits") ? countryListSummits(doc.text(), s, tr) : List.of();
    if (tr.type() == EventType.CONSULT && namedSummits.isEmpty() && (Set.of("meetings", "visits", "summits", "calls").contains(w)
        || (tr.first() > 0 && Triggers.lower(t, tr.first() - 1).equals("previous")))) {
      return List.of(); // "frequent exchanges of high-level visits": no one event
    }
    if (namesAnOrganization(t, tr) || venue(t, tr) || instrumentSubject(t, tr)) {
      return List.of();
    }
    Status status = Modality.status(t, tr);
    Candidate c = new Candidate(tr.type(), tr.mode(), status, s.index());
    c.heading = isHeading(doc.text(), s);
    c.elaboration = tr.type() == EventType.CONSULT && (w.startsWith("discuss"));
    c.nounTrigger = triggerPos.startsWith("NN");
    c.anaphoric = tr.type() == EventType.CONSULT && t.get(tr.first()).pos().startsWith("NN") && tr.first() > 0
        && Set.of("the", "this", "that", "these", "those").contains(Triggers.lower(t, tr.first() - 1)) && !Character.isUpperCase(t.get(tr.first()).word().charAt(0));
    c.evidence.add(new Span(s.start(), s.end()));
    c.told = s.text(doc.text());
    int lo = clauseStart(t, tr.first());
    int hi = clauseEnd(t, tr.end());
    if (tr.type() == EventType.CONSULT) {
      int[] window = window(s, actors, triggers, tr);
      int from = window[0];
      int to = window[1];
      if (tr.mode().equals("witness")) {
        for (int k = tr.end(); k + 1 < to; k++) {
          if (Set.of("signed", "inked", "initialled", "initialed", "exchanged").contains(Triggers.lower(t, k))
              && t.subList(k + 1, Math.min(to, k + 7)).stream().anyMatch(x -> x.word().equalsIgnoreCase("by"))) {
            // "signed by X", "signed on the Qatari side by X"
            to = k; // "witnessed the signing of: i. an MoU, signed by X and Y": X and Y signed, they did not witness
            break;
          }
        }
      }
      int and = coordinatedVerb(t, from, tr.first());
      if (and >= 0) {
        // "Y met with Z, and made a courtesy call on W": the verb after "and" is Y's too, not Z's
        int verb = -1;
        for (int k = and - 2; k >= from; k--) {
          if (t.get(k).pos().matches("VBD|VBZ|VBP")) {
            verb = k;
            break;
          }
        }
        if (verb >= 0) {
          addParticipants(c, s, actors, from, verb); // "..., after which Y met with Z, and made ..."
          from = and;
        } else {
          for (Trigger o : triggers) {
            if (o.end() == from && o.type() == EventType.CONSULT && from > 0) {
              int subject = o.first();
              int floor = window(s, actors, triggers, o)[0];
              while (subject > floor && !Set.of(",", ";", ":").contains(Triggers.lower(t, subject - 1))
                  && !t.get(subject - 1).pos().matches("WDT|WP")) {
                subject--; // "..., after which Y met with Z": Y, not the host of the lunch before
              }
              addParticipants(c, s, actors, subject, o.first());
              from = and;
              break;
            }
          }
        }
      }
      addParticipants(c, s, actors, from, to);
      if (c.persons.isEmpty() && c.nounTrigger && status == Status.OCCURRED && !c.anaphoric) {
        participantsNext(c, doc, s, actors);
      }
      addBodies(c, s, actors, tr);
    } else {
      addParticipants(c, s, actors, lo, hi);
    }
    withoutReporters(c, s, actors, tr);
    addCountries(c, doc, s, actors, tr);
    DateValue d = sameDay(doc, s, date, status);
    d = d != null ? d : nearestDate(s, tr, date, status);
    if (d == null && tr.type() == EventType.CONSULT && !tr.mode().equals("visit")) {
      // "met on the sidelines of the 43rd ASEAN Summit", "the G20 summit in Osaka": the days the knowledge base gives it
      d = dater.gatheringDays(doc.text(), s.start(), s.end(), t.get(tr.first()).start() - s.start(), t.get(tr.end() - 1).end() - s.start(),
          acted(t, tr));
    }
    d = d != null ? d : dater.dateReferredTo(doc, s, date, status);
    if (d == null && status == Status.OCCURRED) {
      d = openingDate(s, date, status); // "On July 28, X hosted Y, after which Y met Z, and made a call on W"
    }
    if (d != null) {
      c.date = d;
      c.dateStated = true;
      c.dateIsReportDay = reportDay(d, date);
    } else if (status == Status.OCCURRED && date.value() != null && (tr.type() != EventType.AID || announcedInClause(t, tr))
        || status == Status.PLANNED && tr.type() == EventType.AID && date.value() != null && saidInReport(t)) {
      // "Germany will lend Colombia 100 million euros ..., the minister said on Tuesday": aid announced in the report
      c.date = undatedDay(date);
    }
    c.location = location(s, tr);
    if (tr.mode().equals("visit")) {
      c.visitor = visitor(s, tr, actors);
    }
    switch (tr.type()) {
      case CONSULT -> {
        c.title = meetingTitle(doc.text(), s, tr);
        if (c.persons.isEmpty() && cast.size() == 2 && (acted(t, tr) && c.title == null || ownedOrAttended(t, tr))) {
          c.persons.addAll(cast); // "The Presidents agreed to meet ...": those who spoke last
          for (String p : cast) {
            actors.byName(p).map(Actor::country).filter(x -> !c.source.contains(x)).ifPresent(c.source::add);
          }
        }
        if (c.title == null) {
          counterparts.complete(c, s.text(doc.text()), actors, acted(t, tr));
        }
        if (c.mode.equals("witness")) {
          if (c.persons.size() < 2) {
            return List.of(); // "the signing was witnessed by the minister": no one met
          }
          c.mode = "meeting";
          c.atSigning = true;
        }
        if (c.mode.equals("summit") && c.title == null && c.persons.size() < 2 && namedSummits.isEmpty()) {
          return List.of(); // "support for hosting the summit of X": a mention, not a report
        }
      }
      case AGREE -> {
        if (tr.mode().equals("partnership_upgrade")) {
          Matcher m = PARTNERSHIP.matcher(doc.text().substring(t.get(tr.first()).start(), s.end()));
          if (m.find()) {
            c.title = cleanTitle(m.group(1));
          }
        } else if (tr.mode().equals("joint_statement")) {
          c.title = statementTitle(s.text(doc.text()), t.get(tr.first()).start() - s.start());
        } else {
          return List.of(); // the instruments are read by instruments()
        }
        if (c.persons.isEmpty() && cast.size() == 2) {
          c.persons.addAll(cast); // "The two Presidents agreed to elevate relations to ...": those who met
        }
      }
      case AID -> {
        c.amount = amount(doc.text(), s, tr);
        c.title = aidTitle(doc.text(), s, tr);
        aidDirection(c, doc, s, tr);
        if (tr.mode().equals("training")) {
          traineesReceive(c, t, tr);
        }
      }
      default -> {}
    }
    if (!namedSummits.isEmpty()) {
      // "the Cambodia-Laos-Vietnam and the Cambodia-Laos-Myanmar-Vietnam summits": one summit each
      List<Candidate> each = new ArrayList<>();
      for (String[] named : namedSummits) {
        Candidate x = c.sameOccasion();
        x.title = named[0] + " summit";
        x.source.clear();
        x.source.addAll(List.of(named).subList(1, named.length));
        each.add(x);
      }
      return each;
    }
    if (tr.type() == EventType.CONSULT) {
      List<Candidate> separate = separateCalls(c, s, tr, actors, counterparts, doc.text());
      if (!separate.isEmpty()) {
        return separate;
      }
      separate = talksWithEach(c, s, tr, actors);
      if (!separate.isEmpty()) {
        return separate;
      }
    }
    return List.of(c);
  }

  /** Names made of three or more countries joined by hyphens, coordinated, before "summits". */
  private static final Pattern COUNTRY_LIST_NAME = Pattern.compile("\\b(\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+){2,})\\s+(?:and\\s+(?:the\\s+)?|,\\s*(?:the\\s+)?)?");
  /** A run of such names at the end of a text: "the A-B-C and the A-B-C-D ". */
  private static final Pattern COUNTRY_LIST_RUN =
      Pattern.compile("((?:\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+){2,}\\s+(?:(?:and|,)\\s+(?:the\\s+)?)?)+)$");

  /**
   * The summits a plural names by their members: "the Cambodia-Laos-Vietnam and the
   * Cambodia-Laos-Myanmar-Vietnam summits" are two summits, each a name and its members' codes.
   * Names whose parts are not all countries name nothing.
   */
  private List<String[]> countryListSummits(String text, Sentence s, Trigger tr) {
    String before = text.substring(Math.max(s.start(), s.tokens().get(tr.first()).start() - 160), s.tokens().get(tr.first()).start());
    Matcher run = COUNTRY_LIST_RUN.matcher(before);
    if (!run.find()) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>();
    Matcher m = COUNTRY_LIST_NAME.matcher(run.group(1));
    while (m.find()) {
      List<String> codes = new ArrayList<>();
      codes.add(m.group(1));
      for (String part : m.group(1).split("-")) {
        Optional<Country> c = kb.countryByName(part);
        if (c.isEmpty()) {
          return List.of();
        }
        codes.add(c.get().alpha3());
      }
      out.add(codes.toArray(new String[0]));
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * "Our talks today with President A, High Commissioner B, former Presidents C and D, ...": talks
   * with a list of three or more people, one by one, are a meeting with each of them.
   */
  private static List<Candidate> talksWithEach(Candidate c, Sentence s, Trigger tr, ActorTable actors) {
    List<Token> t = s.tokens();
    if (c.title != null || c.mode.equals("visit") || !Set.of("talks", "meetings").contains(Triggers.lower(t, tr.first()))) {
      return List.of();
    }
    int with = -1;
    for (int k = tr.end(); k < Math.min(t.size(), tr.end() + 5); k++) {
      if (Triggers.lower(t, k).equals("with")) {
        with = k;
        break;
      }
    }
    if (with < 0) {
      return List.of();
    }
    // the list runs to the end of the clause or of the quote
    int end = with + 1;
    int commas = 0;
    while (end < t.size() && !t.get(end).word().matches("[”\"'.;:]|''|\\)")) {
      commas += t.get(end).word().equals(",") ? 1 : 0;
      end++;
    }
    int from = t.get(with).end();
    int to = t.get(end - 1).end();
    List<String> listed = new ArrayList<>();
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() == ActorKind.PERSON && !m.pronoun() && m.start() >= from && m.end() <= to && !listed.contains(m.actor())) {
        listed.add(m.actor());
      }
    }
    List<String> subjects = c.persons.stream().filter(p -> !listed.contains(p)).toList();
    if (listed.size() < 3 || commas < 2 || subjects.isEmpty()) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (String p : listed) {
      Candidate x = c.sameOccasion();
      x.dateIsReportDay = c.dateIsReportDay;
      x.persons.addAll(subjects);
      x.persons.add(p);
      out.add(x);
    }
    return out;
  }

  /**
   * "paid courtesy calls on A, B and C", "met separately with A and B": one call per host, each with
   * the visitor, when the hosts are two or more persons of one country.
   */
  private static List<Candidate> separateCalls(Candidate c, Sentence s, Trigger tr, ActorTable actors, Counterparts counterparts,
      String text) {
    List<Token> t = s.tokens();
    String st = s.text(text).toLowerCase(Locale.ROOT);
    String trigger = Triggers.lower(t, tr.first());
    boolean callOn = Set.of("courtesy", "farewell", "introductory").contains(trigger) || trigger.equals("audience") || trigger.equals("audiences")
        || Triggers.lower(t, tr.first() + 1).equals("on") && t.get(tr.first()).lemma() != null && t.get(tr.first()).lemma().equals("call");
    if (!callOn && !st.matches("(?s).*\\b(?:separate(?:ly)?|respective)\\b.*")) {
      return List.of();
    }
    int after = t.get(tr.end() - 1).end();
    List<String> hosts = new ArrayList<>();
    List<String> visitors = new ArrayList<>();
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() != ActorKind.PERSON || !c.persons.contains(m.actor())) {
        continue; // "X met separately with A on June 7 to prepare B's talks with C": B and C are another meeting's
      }
      (m.start() >= after ? hosts : visitors).add(m.actor());
    }
    hosts = new ArrayList<>(new LinkedHashSet<>(hosts));
    Set<String> hostCountries = new HashSet<>();
    for (String h : hosts) {
      hostCountries.add(actors.byName(h).map(Actor::country).orElse("?"));
    }
    boolean separately = st.matches("(?s).*\\b(?:separate(?:ly)?|respective)\\b.*");
    if (hosts.size() < 2 || hostCountries.size() != 1 && !separately) {
      return List.of();
    }
    // the visitor is not one of the hosts' own side: "visited the King and paid courtesy calls on A and B"
    visitors.removeIf(v -> actors.byName(v).map(Actor::country).map(hostCountries::contains).orElse(true));
    List<Candidate> out = new ArrayList<>();
    for (String h : hosts) {
      Candidate x = c.sameOccasion();
      x.persons.add(h);
      for (String v : visitors) {
        if (!hosts.contains(v)) {
          x.persons.add(v);
        }
      }
      counterparts.complete(x, s.text(text), actors, true);
      out.add(x);
    }
    return out;
  }

  private static final Pattern COUNTED_SIGNING =
      Pattern.compile("(?i)\\b(?:sign(?:s|ed)?|ink(?:s|ed)?|conclud(?:es|ed))\\s+(two|three|four|five|six|seven|eight|\\d)\\s+(?:[\\w\\-]+\\s+){0,2}"
          + "(?:agreements|deals|accords|contracts)\\b");

  /**
   * "X signed four agreements with Y" and then one loan or grant per sentence: each agreement is the
   * instrument of one item of aid, and the text names it only by its aid (an AGREE for the signing
   * and an AID for the loan or grant).
   */
  private static List<Candidate> agreementsOfAid(Annotated doc, List<Candidate> events, DateValue signingDate) {
    Matcher m = COUNTED_SIGNING.matcher(doc.text());
    if (!m.find() || events.stream().anyMatch(e -> e.type == EventType.AGREE && !e.mode.equals("partnership_upgrade"))) {
      return List.of();
    }
    int n = Instruments.number(m.group(1));
    List<Candidate> aid = new ArrayList<>(events.stream().filter(e -> e.type == EventType.AID && e.amount != null && e.status == Status.OCCURRED).toList());
    // "€30 million as a loan and €1 million as a grant" after "a €31 million facility": the parts of an item are not items
    Map<Integer, java.math.BigDecimal> bySentence = new LinkedHashMap<>();
    for (Candidate a : events) {
      if (a.type == EventType.AID && a.amount != null) {
        bySentence.merge(a.sentence, a.amount.value(), java.math.BigDecimal::add);
      }
    }
    aid.removeIf(a -> aid.stream().anyMatch(o -> o.sentence != a.sentence && o.amount.currency().equals(a.amount.currency())
        && bySentence.get(a.sentence).compareTo(a.amount.value()) > 0
        && bySentence.get(a.sentence).subtract(o.amount.value()).abs().compareTo(o.amount.value().movePointLeft(2)) <= 0));
    if (aid.size() < 2 || aid.size() > n + 1) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate a : aid.subList(0, Math.min(n, aid.size()))) {
      Candidate c = new Candidate(EventType.AGREE, "agreement", Status.OCCURRED, a.sentence);
      c.evidence.addAll(a.evidence);
      c.persons.addAll(a.persons);
      c.organizations.addAll(a.organizations);
      c.source.addAll(a.source);
      c.target.addAll(a.target);
      c.date = a.date != null ? a.date : signingDate;
      // the sentence that tells the item is the only name the text gives its agreement
      Span first = a.evidence.get(0);
      String told = doc.text().substring(first.start(), first.end()).replaceAll("\\s+", " ").replaceAll("[.;:]\\s*$", "").trim();
      c.title = "agreement on " + (a.title != null && told.length() > 200 ? a.title : told);
      out.add(c);
    }
    return out;
  }

  /** A signing told without the instrument signed: "a signing ceremony took place ... between X and Y". */
  private static final Pattern UNNAMED_SIGNING = Pattern.compile(
      "(?i)\\ba\\s+signing\\s+ceremony\\s+(?:took\\s+place|was\\s+held|was\\s+organi[sz]ed)\\b");
  /** The ceremony's subject told after it: "The ceremony was on a grant of ...", "The signing concerned a loan ...". */
  private static final Pattern CEREMONY_ON = Pattern.compile(
      "(?i)\\bthe\\s+(?:ceremony|signing|agreement)\\s+(?:was\\s+(?:on|for|about)|concerned|covered|covers|concerns|related\\s+to)\\b");

  /**
   * "On Friday a signing ceremony took place between X and Y ... The ceremony was on a grant of
   * RMB 63 million from China to the FSM": the text names the instrument only by the aid it
   * gives, so the signing is the agreement of that aid, named by its kind and parties.
   */
  private List<Candidate> ceremonyOfAid(Annotated doc, ActorTable actors, List<Candidate> events) {
    if (events.stream().anyMatch(e -> e.type == EventType.AGREE)) {
      return List.of();
    }
    for (Sentence s : doc.sentences()) {
      if (!UNNAMED_SIGNING.matcher(s.text(doc.text())).find()) {
        continue;
      }
      List<Candidate> aid = new ArrayList<>();
      for (Candidate a : events) {
        if (a.type == EventType.AID && a.amount != null && a.status == Status.OCCURRED && a.sentence >= s.index()
            && a.sentence <= s.index() + 3 && CEREMONY_ON.matcher(doc.sentences().get(a.sentence).text(doc.text())).find()) {
          aid.add(a);
        }
      }
      if (aid.size() != 1) {
        return List.of();
      }
      Candidate a = aid.get(0);
      Candidate c = new Candidate(EventType.AGREE, "agreement", Status.OCCURRED, s.index());
      c.evidence.add(new Span(s.start(), s.end()));
      c.evidence.addAll(a.evidence);
      addParticipants(c, s, actors, 0, s.tokens().size());
      c.source.addAll(a.source);
      c.target.addAll(a.target);
      c.date = a.date;
      c.dateStated = a.dateStated;
      String kind = a.mode.equals("loan") || a.mode.equals("grant") ? a.mode + " " : "";
      String giver = a.source.isEmpty() ? null : kb.country(a.source.get(0)).map(Country::name).orElse(null);
      String receiver = a.target.isEmpty() ? null : kb.country(a.target.get(0)).map(Country::name).orElse(null);
      c.title = kind + "agreement" + (giver != null && receiver != null ? " between " + giver + " and " + receiver : "");
      return List.of(c);
    }
    return List.of();
  }

  /** Verbs that make a sum public: it is aid when nothing near it says trade or investment. */
  private static final String MAKING_PUBLIC = "announc\\w+|provid\\w+|allocat\\w+|earmark\\w*";
  /** Words that make a sum in their clause a sum of aid, with the kind of aid they name. */
  private static final Pattern AID_CUE =
      Pattern.compile("(?i)\\b(loans?|credit\\s+lines?|lines?\\s+of\\s+credit|credits?|grants?|grant\\s+aid|donat\\w+|gift(?:ed|s)?|subsid\\w+|aid|assistance|contribut\\w+"
          + "|commit(?:s|ted|ment)?|pledg\\w+|funding|funds?|financ\\w+|support\\s+package|relief|equipment|handed\\s+over|hand\\s+over|facility"
          + "|" + MAKING_PUBLIC + ")\\b");
  /** The words of AID_CUE that say what a sum is, not only that it was made public. */
  private static final Pattern AID_WORD = Pattern.compile(AID_CUE.pattern().replace("|" + MAKING_PUBLIC, ""));
  /** Sums of trade, investment, prices and costs are not aid. */
  private static final Pattern NOT_AID =
      Pattern.compile("(?i)\\b(?:trade|exports?|imports?|investments?|invest|revenues?|gdp|turnover|deficit|sales?|prices?|costs?|salary|salaries|fines?|ransom|bribes?|market|valuation|arms\\s+deal|purchase|buy|bought|sold|sell|stock)\\b");
  /** Money taken, not given: "accused of misusing $50 million in public funds". */
  private static final Pattern MISUSE =
      Pattern.compile("(?i)\\b(?:embezzl\\w*|misus\\w*|misappropriat\\w*|launder\\w*|siphon\\w*)\\b"
          // "stolen funds", "theft of public money"; not "help return stolen land to victims"
          + "|\\b(?:stolen|stole|theft\\s+of|looted|looting(?:\\s+of)?)\\s+(?:\\w+\\s+){0,2}?(?:funds?|money|monies|assets|aid|cash|\\$|US\\$)");

  /**
   * One AID per sum that a sentence states as aid: "$278 million for X, $100 million for Y and a $4
   * million grant for Z" are three items, whatever verb or noun introduces them.
   */
  private List<Candidate> aidBySum(Annotated doc, Sentence s, ActorTable actors, DocumentDate date, Counterparts counterparts) {
    String st = s.text(doc.text());
    List<Amounts.Found> sums = Amounts.find(st);
    int[] header = aidListHeader(doc, s);
    if (sums.isEmpty() || !AID_CUE.matcher(st).find() && header == null) {
      return List.of();
    }
    List<Token> t = s.tokens();
    List<Candidate> out = new ArrayList<>();
    Amounts.Found previous = null;
    for (Amounts.Found f : sums) {
      if (previous != null && Amounts.restates(st.substring(previous.end(), f.start()))) {
        previous = f;
        continue; // the conversion of the sum before it
      }
      previous = f;
      int clauseFrom = Math.max(0, st.lastIndexOf(';', f.start()) + 1);
      // "announced $28.5 million in new funding:\n- $20 million to ...;\n- $6 million to ...": each item under the header
      int colon = st.lastIndexOf(':', f.start());
      boolean listed = colon >= 0 && LIST_ITEM.matcher(st.substring(colon + 1, f.start())).lookingAt();
      if (listed && colon >= clauseFrom) {
        clauseFrom = colon + 1; // the item after the list's colon, not its header
      }
      int clauseTo = st.indexOf(';', f.end());
      String clause = st.substring(clauseFrom, clauseTo < 0 ? st.length() : clauseTo);
      Matcher cue = AID_CUE.matcher(clause);
      int[] over = listed && colon > 0 && AID_CUE.matcher(st.substring(0, colon)).find() ? new int[] {s.start(), s.start() + colon} : header;
      boolean item = false;
      if (!cue.find()) {
        if (over == null) {
          continue;
        }
        clause = doc.text().substring(over[0], over[1]) + " " + clause;
        item = true;
      }
      // the word nearest the sum decides: "a $3 billion arms deal" is trade, "a $3 million grant" aid
      String near = st.substring(Math.max(0, f.start() - 40), Math.min(st.length(), f.end() + 40));
      if (NOT_AID.matcher(near).find() && !AID_WORD.matcher(near).find() || MISUSE.matcher(near).find()) {
        continue;
      }
      int k = 0;
      while (k < t.size() - 1 && t.get(k).end() - s.start() <= f.start()) {
        k++;
      }
      String mode = modeFromCue(nearestCue(clause, f.start() - clauseFrom, f.end() - clauseFrom, sums, clauseFrom));
      Trigger at = new Trigger(EventType.AID, mode, k, k + 1);
      if (Modality.negated(t, k)) {
        continue;
      }
      Status status = Modality.status(t, at);
      Candidate c = new Candidate(EventType.AID, mode, status, s.index());
      c.heading = isHeading(doc.text(), s);
      c.evidence.add(new Span(s.start(), s.end()));
      c.told = s.text(doc.text());
      c.amount = Amounts.withConversion(st, sums, sums.indexOf(f));
      addParticipants(c, s, actors, clauseStart(t, k), clauseEnd(t, k + 1));
      addCountries(c, doc, s, actors, at);
      DateValue d = nearestDate(s, at, date, status);
      d = d != null ? d : dater.dateReferredTo(doc, s, date, status);
      if (d != null) {
        c.date = d;
        c.dateStated = true;
      } else if (status == Status.OCCURRED && date.value() != null && announcedInClause(t, at)) {
        c.date = undatedDay(date);
      }
      c.title = aidTitle(doc.text(), s, at);
      if (c.title != null) {
        // "rural roads and a $5 million grant for school meals": the next item is not this one's purpose
        List<Amounts.Found> inTitle = Amounts.find(c.title);
        if (!inTitle.isEmpty()) {
          String cut = c.title.substring(0, inTitle.get(0).start()).replaceAll("(?i)(?:[,;\\s]+(?:and|as well as|plus))?[,;\\s]+(?:an?|the)?\\s*$", "").trim();
          c.title = cut.isEmpty() ? null : cut;
        }
      }
      if (item) {
        // an item of a list under its header: its receiver from the item, its giver from the header
        aidDirection(c, doc, s, at, s.start() + clauseFrom, s.start() + (clauseTo < 0 ? st.length() : clauseTo));
        if (c.source.isEmpty()) {
          String giver = giverIn(doc, actors, over[0], over[1]);
          if (giver != null && !c.target.contains(giver)) {
            c.source.add(giver);
          }
        }
        if (c.date == null && status == Status.OCCURRED && date.value() != null) {
          c.date = undatedDay(date); // made public with the header
        }
      } else {
        aidDirection(c, doc, s, at);
      }
      out.add(c);
    }
    return out;
  }

  /** The country of the first person named from {@code from} to {@code to}, else of the first country named there. */
  private static String giverIn(Annotated doc, ActorTable actors, int from, int to) {
    String country = null;
    for (ActorMention m : actors.mentions()) {
      if (m.start() < from || m.end() > to || m.pronoun()) {
        continue;
      }
      String c = actors.byName(m.actor()).map(Actor::country).orElse(null);
      if (c != null && m.kind() == ActorKind.PERSON) {
        return c;
      }
      if (c != null && m.kind() == ActorKind.COUNTRY && country == null) {
        country = c;
      }
    }
    return country;
  }

  /** The start of an item of a list: a dash, bullet, "(a)" or "1." at the head of a line. */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-–•*·▪]|\\(?[a-z]\\)|\\(?\\d{1,2}[.)]|[ivx]{1,4}[.)])\\s+");

  /**
   * Where the sentence that heads the list a sentence is an item of stands in the text, up to its
   * colon, when it tells of aid: "Minister X announced $28.5 million in new funding:" above "- $6
   * million to UNICEF for ...". {@code null} when the sentence is no list item or its header tells
   * of no aid.
   */
  private static int[] aidListHeader(Annotated doc, Sentence s) {
    String text = doc.text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
    if (!LIST_ITEM.matcher(text.substring(lineStart, s.end())).lookingAt() || text.substring(lineStart, s.start()).strip().length() > 3) {
      return null;
    }
    for (int i = s.index() - 1; i >= Math.max(0, s.index() - 12); i--) {
      Sentence p = doc.sentences().get(i);
      String pt = p.text(text);
      int colon = pt.lastIndexOf(':');
      if (colon > 0 && pt.substring(colon + 1).isBlank() || colon > 0 && LIST_ITEM.matcher(pt.substring(colon + 1)).lookingAt()) {
        String head = pt.substring(0, colon);
        return AID_CUE.matcher(head).find() && !Amounts.find(head).isEmpty() || AID_WORD.matcher(head).find()
            ? new int[] {p.start(), p.start() + colon} : null;
      }
      int ls = text.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
      if (!LIST_ITEM.matcher(text.substring(ls, p.end())).lookingAt()) {
        return null; // running text between: no longer the list
      }
    }
    return null;
  }

  /** The aid word nearest a sum with no other sum between them, else the clause's first. */
  private static String nearestCue(String clause, int from, int to, List<Amounts.Found> sums, int clauseFrom) {
    Matcher m = AID_CUE.matcher(clause);
    String best = null;
    String first = null;
    int bestDist = Integer.MAX_VALUE;
    while (m.find()) {
      if (first == null) {
        first = m.group();
      }
      int a = Math.min(m.end(), from);
      int b = Math.max(m.start(), to);
      boolean between = false;
      for (Amounts.Found x : sums) {
        int xs = x.start() - clauseFrom;
        if (xs >= a && xs < b && !(xs == from)) {
          between = true;
        }
      }
      int dist = m.start() >= to ? m.start() - to : Math.max(0, from - m.end());
      if (!between && dist < bestDist) {
        best = m.group();
        bestDist = dist;
      }
    }
    return best != null ? best : first == null ? "" : first;
  }

  private static String modeFromCue(String near) {
    String n = near.toLowerCase(Locale.ROOT);
    if (n.matches("(?s).*\\b(?:loans?|credit)\\b.*")) {
      return "loan";
    }
    if (n.matches("(?s).*\\b(?:equipment|vehicles?|handed\\s+over|hand\\s+over)\\b.*")) {
      return "equipment";
    }
    if (n.matches("(?s).*\\b(?:relief|humanitarian|emergency|food)\\b.*")) {
      return "humanitarian";
    }
    return "grant";
  }

  private static boolean reportDay(DateValue d, DocumentDate date) {
    return date.value() != null && d.firstDay().equals(date.value().firstDay()) && d.lastDay().equals(date.value().lastDay());
  }

  /** "met", "held talks", "had a telephone conversation": the sentence tells the event itself. */
  private static boolean acted(List<Token> t, Trigger tr) {
    if (t.get(tr.first()).pos().startsWith("VB")) {
      return true;
    }
    if (Triggers.lower(t, tr.end()).equals("of")) {
      return false; // "hold the next meeting of the joint committee": a body meets, not the two persons
    }
    int from = tr.first() - 1;
    // "held a one-on-one meeting", "held a brief bilateral meeting": the verb a few modifiers before, within the phrase
    while (from > 0 && tr.first() - from < 7 && !Set.of(",", ";", ":", ".").contains(t.get(from - 1).word())
        && !t.get(from).pos().startsWith("VB")) {
      from--;
    }
    for (int k = Math.max(0, Math.min(from, tr.first() - 3)); k < tr.first(); k++) {
      String lemma = t.get(k).lemma() == null ? "" : t.get(k).lemma().toLowerCase(Locale.ROOT);
      if (Set.of("hold", "have", "conduct", "make", "pay").contains(lemma) && t.get(k).pos().startsWith("VB")) {
        return true;
      }
      // "will take part in a videoconference", "participated in the meeting", "joined the call"
      if ((Set.of("participate", "attend", "join").contains(lemma) || lemma.equals("take") && Triggers.lower(t, k + 1).equals("part"))
          && t.get(k).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "recalled their meeting", "continue their discussion at the CIS summit": the subject's own meeting,
   * or the gathering the subject attends.
   */
  private static boolean ownedOrAttended(List<Token> t, Trigger tr) {
    if (tr.first() > 0 && Triggers.lower(t, tr.first() - 1).equals("their")) {
      return true;
    }
    int k = tr.first() - 1;
    while (k > 0 && Character.isUpperCase(t.get(k).word().charAt(0))) {
      k--;
    }
    return k > 0 && Triggers.lower(t, k).equals("the") && Set.of("at", "during").contains(Triggers.lower(t, k - 1));
  }

  /**
   * "... the second meeting of the two countries' foreign and defence ministers, held at the ministry.
   * A and B sat across from C and D for two hours.": a meeting told as a noun with no one named in
   * its sentence has the persons of the next sentence of its paragraph, when that sentence names at
   * least two and tells of no event of its own.
   */
  private static void participantsNext(Candidate c, Annotated doc, Sentence s, ActorTable actors) {
    if (s.index() + 1 >= doc.sentences().size()) {
      return;
    }
    Sentence next = doc.sentences().get(s.index() + 1);
    if (doc.text().substring(s.end(), next.start()).contains("\n\n") || !Triggers.find(next).isEmpty()) {
      return;
    }
    Set<String> persons = new LinkedHashSet<>();
    for (ActorMention m : actors.inSentence(next.index())) {
      if (m.kind() == ActorKind.PERSON && !m.pronoun()) {
        persons.add(m.actor());
      }
    }
    if (persons.size() >= 2) {
      c.persons.addAll(persons);
      c.evidence.add(new Span(next.start(), next.end()));
    }
  }

  /** "on the sidelines of the G20 Foreign Ministers' Meeting": where an event took place, not the event. */
  private static boolean venue(List<Token> t, Trigger tr) {
    for (int k = Math.max(0, tr.first() - 10); k < tr.first() - 1; k++) {
      String w = Triggers.lower(t, k);
      if ((w.equals("sidelines") || w.equals("margins") || w.equals("sideline")) && Triggers.lower(t, k + 1).equals("of")) {
        for (int j = k + 2; j < tr.first(); j++) {
          if (t.get(j).pos().startsWith("VB")) {
            return false;
          }
        }
        return true;
      }
    }
    // "The ministers will meet again at the NATO Summit": the summit is where they meet
    int k = tr.first() - 1;
    while (k > 0 && Character.isUpperCase(t.get(k).word().charAt(0)) && !t.get(k).ner().equals("PERSON")) {
      k--;
    }
    if (k > 0 && Triggers.lower(t, k).equals("the") && Triggers.lower(t, k - 1).equals("at")) {
      for (int j = Math.max(0, k - 5); j < k - 1; j++) {
        String lemma = t.get(j).lemma() == null ? "" : t.get(j).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("meet") && t.get(j).pos().startsWith("VB")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Asia-Europe Meeting (ASEM)": a capitalized name glossed by an acronym is a body, not an event. */
  private static boolean namesAnOrganization(List<Token> t, Trigger tr) {
    int k = tr.end() - 1;
    if (!Character.isUpperCase(t.get(k).word().charAt(0))) {
      return false;
    }
    return Triggers.lower(t, k + 1).equals("(") && k + 2 < t.size() && t.get(k + 2).word().matches("[A-Z]{2,}")
        && Triggers.lower(t, k + 3).equals(")");
  }

  /** Whether the sentence is what someone said or announced, in the past: "..., the minister said", "X announced that ...". */
  private static boolean saidInReport(List<Token> t) {
    for (Token k : t) {
      if (k.pos().equals("VBD") && Set.of("say", "tell", "announce", "state", "declare").contains(k.lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** Aid "decided", "announced" or "pledged" in the report dates from the report; aid merely mentioned does not. */
  private static boolean announcedInClause(List<Token> t, Trigger tr) {
    for (int k = clauseStart(t, tr.first()); k < tr.first(); k++) {
      String lemma = t.get(k).lemma() == null ? "" : t.get(k).lemma().toLowerCase(Locale.ROOT);
      if (Set.of("decide", "announce", "approve", "pledge", "sign", "agree", "commit").contains(lemma) && t.get(k).pos().startsWith("VB")) {
        return true;
      }
      // "Japan provided another grant of $28 million to Cambodia": given in the simple past, as news
      if (Set.of("provide", "donate", "extend", "hand", "give", "grant").contains(lemma) && t.get(k).pos().equals("VBD")
          && !Set.of("has", "have", "had").contains(Triggers.lower(t, k - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean ordinalBefore(List<Token> t, int i) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      if (t.get(k).word().matches("\\d+(st|nd|rd|th)")) {
        return true;
      }
    }
    return false;
  }

  /** A headline or heading restates the story's main event; it is not an event of its own. */
  private static boolean isHeading(String text, Sentence s) {
    String st = s.text(text).trim();
    if (st.isEmpty()) {
      return false;
    }
    boolean caps = st.equals(st.toUpperCase(Locale.ROOT)) && st.chars().anyMatch(Character::isLetter);
    boolean unpunctuated = !st.matches("(?s).*[.!?:\"”’)]$") && s.tokens().size() <= 25;
    return caps || (unpunctuated && s.index() <= 2);
  }

  /**
   * The tokens whose persons take part in the meeting of {@code tr}: "X hosted a lunch for Y, after
   * which Y met with Z, and made a courtesy call on W": each meeting has the people between the
   * meetings told before and after it.
   *
   * @return the first token and the token after the last
   */
  private static int[] window(Sentence s, ActorTable actors, List<Trigger> triggers, Trigger tr) {
    int from = 0;
    int to = s.tokens().size();
    for (Trigger o : triggers) {
      if (o == tr || o.type() != EventType.CONSULT || o.mode().equals("visit") || tr.mode().equals("visit")) {
        continue;
      }
      if (!personBetween(s, actors, Math.min(o.end(), tr.end()), Math.max(o.first(), tr.first()))) {
        continue; // "was received in a royal audience by": two words for one meeting
      }
      if (o.end() <= tr.first()) {
        from = Math.max(from, Math.max(o.end(), possessor(s.tokens(), tr.first())));
      } else if (o.first() >= tr.end()) {
        int owner = possessor(s.tokens(), o.first());
        to = Math.min(to, owner >= 0 ? owner : o.first());
      }
    }
    return new int[] {from, to};
  }

  /**
   * "to prepare First Secretary Gierek's talks with President Carter": where the name that owns a
   * meeting begins, for a trigger at {@code first} after "'s"; -1 otherwise.
   */
  private static int possessor(List<Token> t, int first) {
    if (!Set.of("'s", "’s").contains(Triggers.lower(t, first - 1))) {
      return -1;
    }
    int k = first - 2;
    while (k >= 0 && t.get(k).pos().startsWith("NNP")) {
      k--;
    }
    return k + 1 < first - 1 ? k + 1 : -1;
  }

  /**
   * "..., and made a courtesy call on": the token after an "and" between {@code from} and the
   * trigger at {@code first} that joins a verb with no subject of its own to what came before;
   * -1 when there is none.
   */
  private static int coordinatedVerb(List<Token> t, int from, int first) {
    for (int k = first - 1; k >= Math.max(from, first - 4); k--) {
      if (Triggers.lower(t, k).equals("and") && k + 1 < first && t.get(k + 1).pos().matches("VBD|VBZ|VBP")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Whether a person is named between tokens {@code from} (inclusive) and {@code to} (exclusive). */
  private static boolean personBetween(Sentence s, ActorTable actors, int from, int to) {
    List<Token> t = s.tokens();
    if (from >= to || to > t.size()) {
      return false;
    }
    int a = t.get(from).start();
    int b = t.get(to - 1).end();
    return actors.inSentence(s.index()).stream().anyMatch(m -> m.kind() == ActorKind.PERSON && m.start() >= a && m.end() <= b);
  }

  static int clauseStart(List<Token> t, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String w = t.get(k).word();
      if (w.equals(";") || w.equals(":") || (w.equals(",") && k + 1 < t.size() && (Triggers.lower(t, k + 1).equals("while")
          || Triggers.lower(t, k + 1).equals("and") && k + 2 < t.size() && t.get(k + 2).pos().startsWith("VB")))) {
        return k + 1;
      }
    }
    return 0;
  }

  static int clauseEnd(List<Token> t, int i) {
    for (int k = i; k < t.size(); k++) {
      String w = t.get(k).word();
      if (w.equals(";") || (w.equals(",") && k + 1 < t.size() && Triggers.lower(t, k + 1).equals("while"))) {
        return k;
      }
    }
    return t.size();
  }

  /**
   * The bodies a meeting's trigger has for subject or object: "UNOPS officials also held audience
   * with the Minister", "received a delegation from the World Bank". A body named elsewhere in the
   * sentence ("the Chinese government was struggling against ...") is none.
   */
  private static void addBodies(Candidate c, Sentence s, ActorTable actors, Trigger tr) {
    List<Token> t = s.tokens();
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() != ActorKind.ORGANIZATION || m.pronoun()) {
        continue;
      }
      int first = s.tokenAt(m.start());
      int last = s.tokenAt(Math.max(m.start(), m.end() - 1));
      if (first < 0 || last < 0) {
        continue;
      }
      boolean subject = last < tr.first() && tr.first() - last <= 6 && plainBetween(t, last + 1, tr.first());
      boolean object = first >= tr.end() && first - tr.end() <= 3 && plainBetween(t, tr.end(), first)
          && java.util.stream.IntStream.range(tr.end(), first).anyMatch(k -> Set.of("with", "from", "by", "on").contains(Triggers.lower(t, k)));
      if (subject || object) {
        c.bodies.add(m.actor());
      }
    }
  }

  /** Verbs that carry a meeting noun ("held audience", "paid a courtesy call") and auxiliaries. */
  private static final Set<String> LIGHT_VERBS =
      Set.of("has", "have", "had", "held", "hold", "holds", "paid", "pay", "pays", "made", "make", "makes", "was", "were", "is", "are");

  /** No verb but a light one, no comma and no clause mark among tokens {@code [from, to)}. */
  private static boolean plainBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).word();
      if (t.get(k).pos().startsWith("VB") && !LIGHT_VERBS.contains(Triggers.lower(t, k)) || w.equals(",")
          || w.equals(";") || w.equals(":")) {
        return false;
      }
    }
    return true;
  }

  private static void addParticipants(Candidate c, Sentence s, ActorTable actors, int lo, int hi) {
    List<Token> t = s.tokens();
    int from = lo < t.size() ? t.get(lo).start() : s.end();
    int to = hi > 0 ? t.get(Math.min(hi, t.size()) - 1).end() : s.start();
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.start() < from || m.end() > to) {
        continue;
      }
      if (m.kind() == ActorKind.PERSON) {
        c.persons.add(m.actor());
      } else if (m.kind() == ActorKind.ORGANIZATION && c.type != EventType.CONSULT) {
        c.organizations.add(m.actor());
      }
    }
  }

  private void addCountries(Candidate c, Annotated doc, Sentence s, ActorTable actors, Trigger tr) {
    Set<String> found = new LinkedHashSet<>();
    for (String p : c.persons) {
      actors.byName(p).map(Actor::country).ifPresent(found::add);
    }
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.kind() == ActorKind.COUNTRY || m.kind() == ActorKind.ORGANIZATION) {
        actors.byName(m.actor()).map(Actor::country).ifPresent(found::add);
      }
    }
    for (Mention m : s.mentions()) {
      if (m.type().equals("CITY") || m.type().equals("LOCATION") || m.type().equals("STATE_OR_PROVINCE")) {
        kb.countryByCity(m.text()).or(() -> kb.countryByName(m.text())).map(Country::alpha3).ifPresent(found::add);
      } else if (m.type().equals("ORGANIZATION")) {
        // "Baghdad University": an organization named after its city; a person called Sofia is not in Bulgaria
        for (String w : m.text().split("\\s+")) {
          kb.countryByCity(w).map(Country::alpha3).ifPresent(found::add);
        }
      }
    }
    if (found.isEmpty() && c.type != EventType.CONSULT) {
      found.addAll(mainCountries(actors));
    }
    c.source.addAll(found);
  }

  /** The two countries the document mentions most: the dyad it is about. */
  private static List<String> mainCountries(ActorTable actors) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorMention m : actors.mentions()) {
      if (m.kind() == ActorKind.COUNTRY) {
        actors.byName(m.actor()).map(Actor::country).ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(2)
        .map(Map.Entry::getKey)
        .toList();
  }

  private DateValue nearestDate(Sentence s, Trigger tr, DocumentDate date, Status status) {
    return nearestDate(s, tr, date, status, 35);
  }

  private DateValue nearestDate(Sentence s, Trigger tr, DocumentDate date, Status status, int maxDistance) {
    return nearestDate(s, tr, date, status, maxDistance, true);
  }

  /** "On the same day", "that day", "the same evening": a day told before. */
  private static final Pattern SAME_DAY = Pattern.compile("(?i)^(?:the\\s+)?(?:same|that)\\s+(?:day|date|morning|afternoon|evening|night)$");

  /**
   * The day a sentence's "on the same day" or "that day" refers back to: the last day stated in
   * the five sentences before, if it does not postdate the report. {@code null} when the sentence
   * says no such thing or no day is found.
   */
  private DateValue sameDay(Annotated doc, Sentence s, DocumentDate date, Status status) {
    if (s.mentions().stream().noneMatch(m -> m.type().equals("DATE") && SAME_DAY.matcher(m.text().strip()).matches())) {
      return null;
    }
    return lastDayBefore(doc, s.index(), date, status);
  }

  /** The last day (not a range, month or year) stated in the five sentences before sentence {@code at}. */
  private DateValue lastDayBefore(Annotated doc, int at, DocumentDate date, Status status) {
    for (int i = at - 1; i >= Math.max(0, at - 5); i--) {
      Sentence p = doc.sentences().get(i);
      List<Mention> ms = p.mentions();
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (!m.type().equals("DATE") || date.isStamp(m.start(), m.end()) || SAME_DAY.matcher(m.text().strip()).matches()) {
          continue;
        }
        DateValue d = dater.resolve(m, p, date, status);
        if (d != null && !d.isRange() && d.precision() == Precision.DAY && !afterReport(d, date)) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether a date begins after the report's last day. */
  private static boolean afterReport(DateValue d, DocumentDate date) {
    return date.value() != null && d.firstDay().isAfter(date.value().lastDay());
  }

  /** A list item's marker standing alone as a sentence: "ii.", "(b)", "3)". */
  private static final Pattern ITEM_END = Pattern.compile("(?i);\\s*(?:and\\s+)?(?:\\(?(?:[ivxl]{1,5}|\\d{1,2}|[a-h])[.)])?$");
  private static final Pattern ITEM_MARKER = Pattern.compile("(?i)^\\(?(?:[ivxl]{1,5}|\\d{1,2}|[a-h])[.)]$");

  /**
   * The date of the sentence that opens the list a sentence is an item of ("Following the talks,
   * the two leaders witnessed the signing of the following: i. ...; ii. ...;"): the sentences before
   * are items (ending in ";" or bare markers) back to one holding a colon, whose own stated date,
   * or the date of the event it refers back to, dates the items. {@code null} otherwise.
   */
  private DateValue listLeadDate(Annotated doc, Sentence s, DocumentDate date, Status status) {
    List<Sentence> all = doc.sentences();
    for (int i = s.index() - 1; i >= Math.max(0, s.index() - 12); i--) {
      Sentence p = all.get(i);
      String told = p.text(doc.text());
      String text = told.strip();
      if (text.contains(":")) {
        int colon = p.start() + told.indexOf(':');
        for (Mention m : p.mentions()) {
          if (m.type().equals("DATE") && m.end() <= colon && !date.isStamp(m.start(), m.end())) {
            DateValue d = dater.resolve(m, p, date, status);
            if (d != null && !afterReport(d, date)) {
              return d;
            }
          }
        }
        DateValue d = sameDay(doc, p, date, status);
        return d != null ? d : dater.dateReferredTo(doc, p, date, status);
      }
      if (!ITEM_END.matcher(text).find() && !ITEM_MARKER.matcher(text).matches()) {
        return null;
      }
    }
    return null;
  }

  /**
   * The date a sentence opens with, set off by a comma ("On July 28, ...", "Yesterday, ..."): it
   * dates each of the sentence's events told in the past that has no date of its own. {@code null}
   * when the sentence does not open so, or the date postdates the report.
   */
  private DateValue openingDate(Sentence s, DocumentDate date, Status status) {
    List<Token> t = s.tokens();
    for (Mention m : s.mentions()) {
      if (!m.type().equals("DATE") || m.firstToken() > 1 || m.firstToken() == 1 && !Triggers.lower(t, 0).equals("on")
          || !Triggers.lower(t, m.endToken()).equals(",") || date.isStamp(m.start(), m.end())) {
        continue;
      }
      DateValue d = dater.resolve(m, s, date, status);
      if (d == null || date.value() != null && d.firstDay().isAfter(date.value().lastDay().plusDays(1))) {
        return null;
      }
      return d;
    }
    return null;
  }

  /**
   * The date nearest the trigger within {@code maxDistance} tokens; with {@code ownClause}, only one
   * that no finite verb separates from it. A signing is the sentence's one event ("the signing was
   * witnessed ... on May 18", "On 26 December the two governments held a signing ceremony"), so its
   * date may lie across a verb.
   */
  private DateValue nearestDate(Sentence s, Trigger tr, DocumentDate date, Status status, int maxDistance, boolean ownClause) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : s.mentions()) {
      if (!(m.type().equals("DATE") || m.type().equals("TIME")) || date.isStamp(m.start(), m.end())) {
        continue; // "Published : Oct. 5, 2022 - 22:10" beside a headline dates the page, not the event
      }
      if (m.text().equalsIgnoreCase("now")) {
        continue; // "will now take place in the second half of the year": a change told, not a date
      }
      if (m.text().matches("\\d{4}") && m.firstToken() > 0 && Character.isUpperCase(s.tokens().get(m.firstToken() - 1).word().charAt(0))
          && !s.tokens().get(m.firstToken() - 1).ner().equals("DATE")) {
        continue; // "Expo 2020", "Vision 2030": a year inside a name
      }
      if (m.firstToken() > 0 && Set.of("for", "until", "till").contains(Triggers.lower(s.tokens(), m.firstToken() - 1))
          && m.text().matches("(?s)(?:19|20)\\d\\d\\b.*")) {
        continue; // "a Plan of Consultations for 2024-2025": the period an instrument covers, not its day
      }
      int dist = m.firstToken() >= tr.end() ? m.firstToken() - tr.end() : tr.first() - m.endToken();
      if (dist < 0) {
        dist = 0;
      }
      // "the first meeting since X assumed office in May": a date in another clause dates that clause
      boolean otherClause = !Dater.datesClauseOf(s, m.firstToken(), m.endToken(), tr.first(), tr.end());
      if (dist <= maxDistance && dist < bestDist && !(otherClause && ownClause)) {
        best = m;
        bestDist = dist;
      }
    }
    if (best == null) {
      return null;
    }
    DateValue d = dater.resolve(best, s, date, status);
    if (d == null || date.value() == null) {
      return d;
    }
    // an event that happened cannot postdate the report; a plan cannot predate it by much
    if (status == Status.OCCURRED && d.firstDay().isAfter(date.value().lastDay().plusDays(1))) {
      return null;
    }
    return d;
  }

  private static String location(Sentence s, Trigger tr) {
    List<Token> t = s.tokens();
    // the place nearest the trigger: "the next round of the Dialogue in Washington", not "in the Mekong subregion"
    List<Mention> byDistance = new ArrayList<>(s.mentions());
    byDistance.sort(Comparator.comparingInt(m -> Math.abs(m.firstToken() - tr.first())));
    for (Mention m : byDistance) {
      if (!(m.type().equals("CITY") || m.type().equals("LOCATION") || m.type().equals("FACILITY") || m.type().equals("STATE_OR_PROVINCE")
          || (tr.mode().equals("visit") && m.type().equals("COUNTRY")))) {
        continue;
      }
      if (Math.abs(m.firstToken() - tr.first()) > 25) {
        continue;
      }
      String before = Triggers.lower(t, m.firstToken() - 1);
      String before2 = Triggers.lower(t, m.firstToken() - 2);
      if (Set.of("in", "at", "to").contains(before) || Set.of("in", "at", "to").contains(before2) && before.equals("the")) {
        return m.text();
      }
    }
    return null;
  }

  private static String meetingTitle(String text, Sentence s, Trigger tr) {
    List<Token> t = s.tokens();
    // a summit named by its body: "the CIS summit", "the G20 summit", "the ASEAN-Japan summit"
    if (Triggers.lower(t, tr.first()).equals("summit") && tr.first() > 0 && !Character.isUpperCase(t.get(tr.first()).word().charAt(0))) {
      int k = tr.first() - 1;
      while (k >= 0 && (t.get(k).word().matches("[A-Z][A-Z0-9]+(?:-[A-Z][A-Za-z0-9]+)*|G\\d+|-") )) {
        k--;
      }
      if (k < tr.first() - 1 && !t.get(k + 1).word().equals("-")) {
        return text.substring(t.get(k + 1).start(), t.get(tr.first()).end());
      }
      return null;
    }
    // a named meeting: "the 3rd Senior Official-Level Bilateral Consultation", "the Mekong-Japan Foreign Ministers' Meeting"
    if (!Character.isUpperCase(t.get(tr.first()).word().charAt(0))) {
      return null;
    }
    int k = tr.first() - 1;
    while (k >= 0 && (Character.isUpperCase(t.get(k).word().charAt(0)) || t.get(k).word().matches("\\d+(st|nd|rd|th)|'|’|-")) && !t.get(k).word().equals("The")) {
      k--;
    }
    if (k == tr.first() - 1 || t.get(k + 1).ner().equals("PERSON") || t.get(k + 1).ner().equals("TITLE")) {
      return null;
    }
    int end = tr.end();
    // "... Consultation between Cambodia and Japan"
    if (Triggers.lower(t, end).equals("between") && end + 3 < t.size() && Triggers.lower(t, end + 2).equals("and")) {
      end += 4;
    }
    return text.substring(t.get(k + 1).start(), t.get(end - 1).end());
  }

  // ------------------------------------------------------------------ agreements

  private static final Pattern SIGNING =
      Pattern.compile("(?i)\\b(?:sign(?:s|ed|ing)?|inked?|exchanged?|conclud(?:e|ed|es)|finali[sz]ed?|initial(?:l)?ed)\\b");
  private static final Pattern DOCUMENTS = Pattern.compile("(?i)\\b(?:documents|deals|instruments|pacts|ceremony)\\b");
  private static final Pattern PLANNED_SIGNING =
      Pattern.compile("(?i)\\b(?:will|would|shall|to)\\s+(?:be\\s+)?(?:sign|signed|ink|inked|conclude|concluded|exchange|exchanged)\\b|\\b(?:expected|scheduled|set|due|slated|likely)\\s+to\\b");

  /** One AGREE event per instrument the sentence names, in a document that tells a signing. */
  private List<Candidate> instruments(Annotated doc, Sentence s, List<Trigger> triggers, ActorTable actors, DocumentDate date) {
    String st = s.text(doc.text());
    List<Instruments.Found> found = Instruments.find(st);
    if (found.isEmpty()) {
      return List.of();
    }
    Trigger signing = triggers.stream().filter(x -> x.type() == EventType.AGREE && x.mode().equals("agreement")).findFirst().orElse(null);
    Status status = signing != null ? Modality.status(s.tokens(), signing) : PLANNED_SIGNING.matcher(st).find() ? Status.PLANNED : Status.OCCURRED;
    if (signing != null && Modality.negated(s.tokens(), signing.first())) {
      return List.of();
    }
    DateValue stated = signing == null ? null : nearestDate(s, signing, date, status, 80, false); // however long the list
    if (stated == null && status == Status.OCCURRED) {
      // "On the same day, ... signed", "Following the talks, ... the signing of:", the items of that list
      stated = sameDay(doc, s, date, status);
      stated = stated != null ? stated : dater.dateReferredTo(doc, s, date, status);
      stated = stated != null ? stated : listLeadDate(doc, s, date, status);
    }
    // "Cambodia and Thailand are set to sign an agreement ...": the parties the sentence names, else
    // the document's two main countries
    List<String> named = new ArrayList<>(new LinkedHashSet<>(actors.inSentence(s.index()).stream()
        .filter(m -> m.kind() == ActorKind.COUNTRY && !m.pronoun())
        .map(m -> actors.byName(m.actor()).map(Actor::country).orElse(null))
        .filter(java.util.Objects::nonNull)
        .toList()));
    List<String> countries = named.size() >= 2 ? named : TWO_SIDES.matcher(st).find() ? pairBefore(doc, s, actors) : null;
    if (countries == null) {
      countries = mainCountries(actors);
    }
    boolean heading = isHeading(doc.text(), s);
    List<Candidate> out = new ArrayList<>();
    for (Instruments.Found f : found) {
      if (signing == null && discussedBefore(s, f.start())) {
        continue; // "The two ministers discussed palm oil and the Comprehensive Agreement on ...": a subject of talks
      }
      Candidate c = new Candidate(EventType.AGREE, f.mode(), status, s.index());
      c.heading = heading;
      c.evidence.add(new Span(s.start(), s.end()));
      c.source.addAll(countries);
      c.title = f.title();
      c.copy = f.copy();
      Matcher place = TRAILING_PLACE.matcher(c.title);
      if (place.find() && (kb.countryByCity(place.group(1)).isPresent() || kb.countryByName(place.group(1)).isPresent())) {
        c.title = c.title.substring(0, place.start()).trim(); // "... in Kuala Lumpur": where, not what
      }
      if (signing != null) {
        addParticipants(c, s, actors, 0, s.tokens().size()); // the signatories
        withoutReporters(c, s, actors, signing);
      }
      if (stated != null) {
        c.date = stated;
        c.dateStated = true;
        c.dateIsReportDay = reportDay(stated, date);
      } else if (status == Status.OCCURRED && date.value() != null) {
        c.date = undatedDay(date);
      }
      out.add(c);
    }
    return out;
  }

  private static final Set<String> DISCUSSING = Set.of("discuss", "review", "talk", "address", "examine", "consider");

  /** Whether a verb of discussing stands before character {@code at} of the sentence. */
  private static boolean discussedBefore(Sentence s, int at) {
    for (Token x : s.tokens()) {
      if (x.start() - s.start() >= at) {
        return false;
      }
      if (x.pos().startsWith("VB") && DISCUSSING.contains(x.lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern TWO_SIDES = Pattern.compile("(?i)\\b(?:the\\s+)?(?:two|both)\\s+(?:countries|sides|nations|governments|states|parties|ministers|foreign\\s+ministers|leaders|presidents"
      + "|prime\\s+ministers|heads\\s+of\\s+(?:state|government)|delegations)\\b");

  /**
   * "On the same day, the two countries signed ...": the two countries of the nearest sentence
   * before (at most three back) whose people and countries name exactly two, else {@code null}.
   */
  private static List<String> pairBefore(Annotated doc, Sentence s, ActorTable actors) {
    for (int i = s.index() - 1; i >= Math.max(0, s.index() - 3); i--) {
      Set<String> pair = new LinkedHashSet<>();
      for (ActorMention m : actors.inSentence(i)) {
        if (m.kind() == ActorKind.COUNTRY || m.kind() == ActorKind.PERSON) {
          actors.byName(m.actor()).map(Actor::country).ifPresent(pair::add);
        }
      }
      if (pair.size() == 2) {
        return new ArrayList<>(pair);
      }
      if (pair.size() > 2) {
        return null;
      }
    }
    return null;
  }

  private static final Pattern ORDINAL_INSTRUMENT = Pattern.compile(
      "(?i)\\bthe\\s+(?:first|second|third|fourth|fifth|other|last)\\s+(?:(agreement|accord|mou|memorandum(?:\\s+of\\s+understanding)?|contract"
          + "|protocol|one)\\s+)?(?:(?:covers|concerns|deals\\s+with|is\\s+on|relates\\s+to|provides\\s+for|focuses\\s+on|is\\s+about)\\s+"
          + "|(?=(?:on|for|regarding|concerning)\\s))(.+?)"
          + "(?=,?\\s+(?:while|and|whereas)\\s+the\\s+(?:first|second|third|fourth|fifth|other|last)\\b|;|\\.\\s|\\.$|$)");

  /** "The first, on cooperation in renewable energy, was exchanged by ...": an ordinal with its subject in apposition. */
  private static final Pattern ORDINAL_APPOSITIVE = Pattern.compile(
      "(?i)\\bthe\\s+(?:first|second|third|fourth|fifth|other|last)\\s*,\\s*((?:on|for|in|concerning|regarding)\\s+[^,;]+?)\\s*,"
          + "\\s*(?:was|were|is|has\\s+been)\\s+(?:signed|exchanged|concluded|inked)\\b");
  /** The plural head a count of instruments names: "two memoranda of understanding", "three agreements". */
  private static final Pattern PLURAL_HEAD = Pattern.compile(
      "(?i)\\b(mous|memoranda|memorandums|agreements|accords|protocols|treaties|contracts)\\b");

  /**
   * "They signed two agreements ... The first agreement covers X, while the second covers Y", "The
   * first, on X, was exchanged by ...": one instrument per ordinal, named by what it covers.
   */
  private static List<Candidate> ordinalInstruments(Annotated doc, Sentence s, ActorTable actors, DocumentDate date) {
    String st = s.text(doc.text());
    List<Candidate> out = new ArrayList<>();
    Matcher a = ORDINAL_APPOSITIVE.matcher(st);
    while (a.find()) {
      String head = null;
      for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2) && head == null; i--) {
        Matcher p = PLURAL_HEAD.matcher(doc.sentences().get(i).text(doc.text()));
        if (p.find()) {
          head = singularHead(p.group(1));
        }
      }
      String what = a.group(1).trim();
      if (head == null || what.split("\\s+").length < 3) {
        continue;
      }
      Candidate c = listBase(s, actors, date, head.equals("MoU") ? "mou" : "agreement"); // signed on the day the text reports
      c.title = head + " " + what;
      out.add(c);
    }
    Matcher m = ORDINAL_INSTRUMENT.matcher(st);
    String head = "agreement";
    Matcher plural = PLURAL_HEAD.matcher(st);
    boolean counted = plural.find();
    if (counted) {
      head = singularHead(plural.group(1)); // "signed three memoranda of understanding: the first on X; the second on Y"
    }
    int firstOrdinal = -1;
    while (m.find()) {
      firstOrdinal = firstOrdinal < 0 ? m.start() : firstOrdinal;
      if (m.group(1) != null && !m.group(1).equalsIgnoreCase("one")) {
        head = m.group(1).toLowerCase(Locale.ROOT).startsWith("m") ? "MoU" : m.group(1).toLowerCase(Locale.ROOT);
      }
      String what = m.group(2).trim();
      boolean ownPreposition = what.matches("(?i)(?:on|for|regarding|concerning)\\s.*");
      if (what.split("\\s+").length < (ownPreposition ? 3 : 2) || ownPreposition && !counted) {
        continue; // "the first on X" needs the plural it counts ("three MoUs: the first on X")
      }
      Candidate c = new Candidate(EventType.AGREE, head.equals("MoU") ? "mou" : "agreement", Status.OCCURRED, s.index());
      c.title = head + (ownPreposition ? " " : " on ") + what;
      c.source.addAll(mainCountries(actors));
      c.evidence.add(new Span(s.start(), s.end()));
      if (ownPreposition) {
        c.date = date.value() == null ? null : undatedDay(date); // signed on the day the text reports, by whom the sentence names
        int before = 0;
        while (before < s.tokens().size() && s.tokens().get(before).start() < s.start() + firstOrdinal) {
          before++;
        }
        addParticipants(c, s, actors, 0, before);
      }
      out.add(c);
    }
    return out;
  }

  /**
   * "These included MoUs between; A and B, in the field of C between D and E, cooperation on F":
   * the plural instrument after the verb heads a list of its items, each joined to the head by
   * the word before the list ("between") or by its own preposition.
   */
  private static final Pattern INCLUDED_HEAD = Pattern.compile(
      "(?i)\\b(?:these|they|which|those|this)\\s+(?:included|include|includes|comprised|comprise|were|are)\\s+(?:the\\s+)?"
          + "(mous|memoranda(?:\\s+of\\s+understanding)?|memorandums(?:\\s+of\\s+understanding)?|agreements|accords|protocols)"
          + "\\s*(?:(between|on|in|for|regarding)\\s*)?[;:]\\s*");

  private List<Candidate> includedInstruments(Sentence s, ActorTable actors, DocumentDate date, Matcher m, String st) {
    String head = singularHead(m.group(1));
    String joiner = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    String list = st.substring(m.end()).replaceAll("[.\\s]+$", "");
    Candidate base = listBase(s, actors, date, nounMode(m.group(1)));
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // the items name their parties ("between X and the Y"): only commas part them
    List<String> items = list.contains(" between ") || "between".equals(joiner) ? List.of(list.split(",\\s*(?:and\\s+)?")) : splitList(list);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i).trim();
      boolean ownPreposition = item.matches("(?i)(?:on|in|for|between|regarding|concerning|to)\\s.*");
      String what = titleFrom(item, 0).trim();
      String connective = ownPreposition ? "" : i == 0 && joiner != null ? joiner + " " : "on ";
      if (what.split("\\s+").length >= 2) {
        addTitled(out, seen, base, s, head + " " + connective + what, base.mode);
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** One instrument of a plural head: "MoUs" and "memoranda of understanding" are an MoU, "treaties" a treaty, "agreements" an agreement. */
  private static String singularHead(String plural) {
    String w = plural.toLowerCase(Locale.ROOT);
    return w.startsWith("m") ? "MoU" : w.equals("treaties") ? "treaty" : w.replaceAll("s$", "");
  }

  /** What the instruments of a list share: their sentence, the document's two main countries and the report's day. */
  private static Candidate listBase(Sentence s, ActorTable actors, DocumentDate date, String mode) {
    Candidate base = new Candidate(EventType.AGREE, mode, Status.OCCURRED, s.index());
    base.evidence.add(new Span(s.start(), s.end()));
    base.source.addAll(mainCountries(actors));
    if (date.value() != null) {
      base.date = undatedDay(date);
    }
    return base;
  }

  /** "The MoUs included A, B, and C": one instrument per listed item. */
  private List<Candidate> listedInstruments(Annotated doc, Sentence s, ActorTable actors, DocumentDate date) {
    String st = s.text(doc.text());
    Matcher included = INCLUDED_HEAD.matcher(st);
    if (included.find()) {
      return includedInstruments(s, actors, date, included, st);
    }
    Matcher m = LIST_HEAD.matcher(st);
    if (!m.find()) {
      return List.of();
    }
    String list = st.substring(m.end()).replaceAll("[.\\s]+$", "");
    Candidate base = listBase(s, actors, date, nounMode(m.group()));
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> items = splitList(list);
    Matcher count = Instruments.COUNT.matcher(st.substring(0, m.start()));
    if (count.find() && Instruments.number(count.group(1)) != items.size()) {
      return List.of(); // "eight agreements covering trade, investment and drugs": subjects of a set, not its items
    }
    for (String item : items) {
      Matcher named = NOUN_ON.matcher(item);
      if (named.find() && named.start() < 20) {
        addTitled(out, seen, base, s, titleFrom(item, named.end()), nounMode(named.group()));
      } else {
        addTitled(out, seen, base, s, titleFrom(item, 0), base.mode);
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * Splits "A, B, the C of D, and E" at commas and the final "and"; when the list uses semicolons or
   * bullets, only at those, because its items then carry commas and "and" of their own.
   */
  static List<String> splitList(String list) {
    List<String> items = new ArrayList<>();
    if (list.contains(";") || list.matches("(?s)\\s*[-•*–]\\s.*")) {
      // "- a Memorandum of Understanding on X between the Ministry of Trade, Industry and Energy; - ...":
      // the items carry commas of their own
      for (String part : list.split(";|(?:^|\\s)[-•*–]\\s")) {
        String x = part.trim().replaceAll("^(?:and|as well as)\\s+", "").replaceAll("[,\\s]+$", "");
        if (x.chars().anyMatch(Character::isLetterOrDigit)) {
          items.add(x);
        }
      }
      return items;
    }
    for (String part : list.split(";")) {
      String[] pieces = part.split(",\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+(?=(?:the|a|an)\\s)");
      for (String p : pieces) {
        String x = p.trim();
        if (x.chars().anyMatch(Character::isLetterOrDigit)) {
          items.add(x);
        }
      }
    }
    return items;
  }

  private void addTitled(List<Candidate> out, Set<String> seen, Candidate base, Sentence s, String title, String mode) {
    title = cleanTitle(title);
    if (title != null) {
      Matcher place = TRAILING_PLACE.matcher(title);
      if (place.find() && (kb.countryByCity(place.group(1)).isPresent() || kb.countryByName(place.group(1)).isPresent())) {
        title = title.substring(0, place.start()).trim(); // "... in Kuala Lumpur": where, not what
      }
    }
    if (title == null || title.split("\\s+").length < 2 || !seen.add(title.toLowerCase(Locale.ROOT))) {
      return;
    }
    Candidate c = new Candidate(EventType.AGREE, mode, base.status, s.index());
    c.heading = base.heading;
    c.evidence.addAll(base.evidence);
    c.persons.addAll(base.persons);
    c.organizations.addAll(base.organizations);
    c.source.addAll(base.source);
    c.date = base.date;
    c.dateStated = base.dateStated;
    c.location = base.location;
    c.title = title;
    out.add(c);
  }

  private static String titleFrom(String s, int from) {
    String rest = s.substring(from);
    Matcher stop = TITLE_STOP.matcher(rest);
    String t = stop.find() ? rest.substring(0, stop.start()) : rest;
    return t;
  }

  private static String cleanTitle(String t) {
    if (t == null) {
      return null;
    }
    String x = t.replaceAll("[\"“”‘’']", "").replaceAll("\\s+", " ").trim();
    x = x.replaceAll("^(?i)(?:the|a|an|two|three|several)\\s+", "").replaceAll("[,.;:]+$", "").trim();
    return x.isEmpty() ? null : x;
  }

  private static String nounMode(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.matches("(?s).*\\b(mous?|memorand\\w*)\\b.*")) {
      return "mou";
    }
    return "agreement";
  }

  // ------------------------------------------------------------------ aid

  /** The sum nearest the trigger, with its conversion to US dollars when the text gives one beside it. */
  private static Amount amount(String text, Sentence s, Trigger tr) {
    String st = s.text(text);
    List<Amounts.Found> found = Amounts.find(st);
    if (found.isEmpty()) {
      return amount(s);
    }
    int at = s.tokens().get(tr.first()).start() - s.start();
    int i = -1;
    int bestDist = Integer.MAX_VALUE;
    for (int k = 0; k < found.size(); k++) {
      Amounts.Found f = found.get(k);
      int d = f.end() <= at ? at - f.end() : Math.max(0, f.start() - at);
      if (d < bestDist) {
        i = k;
        bestDist = d;
      }
    }
    if (i > 0 && Amounts.restates(st.substring(found.get(i - 1).end(), found.get(i).start()))) {
      i--; // "a 440 million Australian dollars (287.7 million US dollars) loan": the sum as stated, not its conversion
    }
    return Amounts.withConversion(st, found, i);
  }

  private static Amount amount(Sentence s) {
    List<Mention> money = new ArrayList<>();
    for (Mention m : s.mentions()) {
      if (m.type().equals("MONEY")) {
        money.add(m);
      }
    }
    if (money.isEmpty()) {
      List<Amount> iso = Money.isoAmounts(s.tokens().isEmpty() ? "" : joined(s));
      return iso.isEmpty() ? null : iso.get(0);
    }
    Amount main = Money.parse(money.get(0).text(), money.get(0).normalized());
    if (main == null) {
      return null;
    }
    // "25 billion yen (approximately US$234.6 million)": the conversion rides along
    if (money.size() > 1 && !main.currency().equals("USD")) {
      Amount second = Money.parse(money.get(1).text(), money.get(1).normalized());
      if (second != null && second.currency().equals("USD") && money.get(1).firstToken() - money.get(0).endToken() <= 3) {
        return new Amount(main.value(), main.currency(), second.value());
      }
    }
    return main;
  }

  private static String joined(Sentence s) {
    StringBuilder b = new StringBuilder();
    for (Token t : s.tokens()) {
      b.append(t.word()).append(' ');
    }
    return b.toString();
  }

  /**
   * Training named by whom it trains: "training of 50 Indian engineers", "KOICA training courses for
   * forty Kenyan public officials", "training of 40 engineers and technicians of the Water Company";
   * {@code null} when the sentence counts no trainees.
   */
  static String trainingTitle(String text, List<Token> t, Trigger tr) {
    int[] counted = Triggers.countedPeople(t, 0, t.size(), 5);
    if (counted == null) {
      return null;
    }
    int first = counted[0];
    int last = counted[1];
    while (last + 2 < t.size() && Set.of("and", "or").contains(Triggers.lower(t, last + 1)) && Triggers.TRAINEES.contains(Triggers.lower(t, last + 2))) {
      last += 2; // "engineers and technicians"
    }
    if (Triggers.lower(t, last + 1).equals("of")) {
      // "of the Holding Company for Water": the body they come from
      int j = last + 2;
      if (Triggers.lower(t, j).equals("the")) {
        j++;
      }
      int name = j;
      while (j < t.size() && j - name < 8 && (Character.isUpperCase(t.get(j).word().charAt(0)) || Set.of("for", "and", "of").contains(Triggers.lower(t, j)))) {
        j++;
      }
      while (j > name && !Character.isUpperCase(t.get(j - 1).word().charAt(0))) {
        j--;
      }
      if (j > name) {
        last = j - 1;
      }
    }
    String people = text.substring(t.get(first).start(), t.get(last).end());
    if (t.get(tr.first()).pos().startsWith("VB")) {
      return "training of " + people;
    }
    int from = tr.first();
    while (from > 0 && tr.first() - from < 3 && (t.get(from - 1).pos().startsWith("NN") || t.get(from - 1).pos().startsWith("JJ"))) {
      from--;
    }
    int to = tr.end();
    if (to < t.size() && Set.of("courses", "course", "programme", "programmes", "program", "programs").contains(Triggers.lower(t, to))) {
      to++;
    }
    return text.substring(t.get(from).start(), t.get(to - 1).end()) + " for " + people;
  }

  /**
   * "Norway would invite twenty Ghanaian diplomats to training courses in Oslo": the trainees'
   * country receives the training, whichever side of the trigger it is named on, and the place
   * where they are trained gives nothing.
   */
  private void traineesReceive(Candidate c, List<Token> t, Trigger tr) {
    for (int k = 0; k < t.size(); k++) {
      if (!Triggers.TRAINEES.contains(Triggers.lower(t, k))) {
        continue;
      }
      for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
        Optional<org.dyad.kb.Country> country = t.get(j).ner().equals("NATIONALITY") || t.get(j).pos().equals("JJ") || t.get(j).pos().startsWith("NNP")
            ? kb.countryByName(t.get(j).word()) : Optional.empty();
        if (country.isPresent()) {
          String receiver = country.get().alpha3();
          if (c.source.remove(receiver)) {
            c.source.addAll(c.target.stream().filter(x -> !x.equals(receiver) && !c.source.contains(x)).toList());
            c.target.clear();
          }
          if (!c.target.contains(receiver)) {
            c.target.clear();
            c.target.add(receiver);
          }
          return;
        }
      }
    }
  }

  private static String aidTitle(String text, Sentence s, Trigger tr) {
    List<Token> t = s.tokens();
    String trigger = t.get(tr.first()).lowerLemma();
    if (tr.mode().equals("training") && (trigger.equals("train") || Triggers.TRAINING_NOUNS.contains(Triggers.lower(t, tr.first())))) {
      String training = trainingTitle(text, t, tr);
      if (training != null) {
        return training;
      }
    }
    // a named instrument: "the COVID-19 Crisis Response Emergency Support Loan"
    if (Character.isUpperCase(t.get(tr.first()).word().charAt(0)) && tr.first() > 0) {
      int k = tr.first() - 1;
      while (k >= 0 && (Character.isUpperCase(t.get(k).word().charAt(0)) || t.get(k).word().matches("[\\d\\-]+|COVID-19"))) {
        k--;
      }
      if (k < tr.first() - 1) {
        // the name runs on through capitalized words and their connectors: "Non-Project Grant Aid for the Provision of ..."
        int end = tr.end();
        int j = end;
        while (j < t.size()) {
          if (Character.isUpperCase(t.get(j).word().charAt(0)) && !t.get(j).word().equals("The")) {
            end = ++j;
            continue;
          }
          int c = j;
          while (c < t.size() && Set.of("of", "for", "the", "and").contains(t.get(c).word())) {
            c++;
          }
          if (c == j || t.get(j).word().equals("the") || c >= t.size() || !Character.isUpperCase(t.get(c).word().charAt(0))) {
            break;
          }
          j = c;
        }
        int from = Set.of("This", "That", "These", "The", "A", "An").contains(t.get(k + 1).word()) ? k + 2 : k + 1;
        return text.substring(t.get(Math.min(from, tr.first())).start(), t.get(end - 1).end());
      }
    }
    // the grant aid "The Project for the Improvement of ...": the name in quotation marks after the aid
    for (int k = tr.end(); k < Math.min(t.size(), tr.end() + 3); k++) {
      if (Set.of("\"", "“", "``").contains(t.get(k).word())) {
        int close = k + 1;
        while (close < t.size() && !Set.of("\"", "”", "''").contains(t.get(close).word())) {
          close++;
        }
        if (close < t.size() && close - k > 2) {
          return text.substring(t.get(k + 1).start(), t.get(close - 1).end());
        }
        break;
      }
    }
    // "the X Water Supply Project, which is funded by grant aid from ...": the thing funded
    String funded = fundedName(text, t, tr.first());
    if (funded != null) {
      return funded;
    }
    // "... for the X Project", "training for X on Y"
    int start = tr.first();
    if (tr.mode().equals("training")) {
      return phrase(text, t, start, 14);
    }
    for (int k = tr.end(); k < Math.min(t.size(), tr.end() + 12); k++) {
      // "a loan agreement to finance five patrol vessels for the coast guard": what the aid pays for
      if (Triggers.lower(t, k).equals("to") && k + 2 < t.size() && FINANCING.contains(Triggers.lower(t, k + 1))) {
        int from = Set.of("the", "a", "an").contains(Triggers.lower(t, k + 2)) ? k + 3 : k + 2;
        return phrase(text, t, from, 16);
      }
      if (Triggers.lower(t, k).equals("for") && k + 1 < t.size()) {
        int from = Triggers.lower(t, k + 1).equals("the") ? k + 2 : k + 1;
        return phrase(text, t, from, 12);
      }
    }
    return t.get(tr.first()).pos().startsWith("VB") ? objectPhrase(text, t, tr.end()) : null;
  }

  /** What carries aid, whose cargo is the aid: "an aid aircraft carrying ...". */
  private static final Set<String> CARRIERS = Set.of("aircraft", "plane", "planes", "flight", "flights", "ship", "ships", "vessel",
      "convoy", "consignment", "shipment", "trucks", "lorries", "airlift", "airplane");

  /** Verbs that say what aid pays for, after "to": "a loan to finance ...", "a grant to build ...". */
  private static final Set<String> FINANCING = Set.of("finance", "fund", "build", "construct", "buy", "purchase", "procure",
      "rehabilitate", "upgrade", "equip", "renovate", "expand");

  /**
   * The capitalized name of what a passive verb of funding has for subject, just before the aid:
   * "the Bakheng Water Supply Project, which is funded by grant aid", "The Lima Port Project was
   * financed by a loan". {@code null} when no such verb or name stands within eight words before.
   */
  private static String fundedName(String text, List<Token> t, int trigger) {
    int v = -1;
    for (int k = trigger - 1; k >= Math.max(0, trigger - 8); k--) {
      if (Set.of("funded", "financed", "supported", "built", "constructed", "co-financed", "co-funded").contains(Triggers.lower(t, k))
          && t.get(k).pos().equals("VBN") && Triggers.lower(t, k + 1).equals("by")) {
        v = k;
        break;
      }
    }
    if (v < 0) {
      return null;
    }
    int k = v - 1;
    while (k >= 0 && Set.of("is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "which", "that", "jointly", "partly",
        "largely", "fully", "also", ",").contains(Triggers.lower(t, k))) {
      k--;
    }
    int end = k;
    while (k >= 0 && (Character.isUpperCase(t.get(k).word().charAt(0)) && !t.get(k).word().equals("The")
        || Set.of("of", "for", "and").contains(t.get(k).word()) && k > 0 && Character.isUpperCase(t.get(k - 1).word().charAt(0)))) {
      k--;
    }
    if (end < 0 || end - k < 2 || !Character.isUpperCase(t.get(end).word().charAt(0))) {
      return null; // one capitalized word is a place or a body, not a named work
    }
    return text.substring(t.get(k + 1).start(), t.get(end).end());
  }

  /** What a verb of giving gives: "sent arms", "handed over 700 kg of medicine", "provide Cambodia with 3 million doses". */
  private static String objectPhrase(String text, List<Token> t, int from) {
    int k = from;
    int limit = Math.min(t.size(), from + 10);
    // skip a particle and a receiver: "over", "Cambodia with", "the country with"
    while (k < limit && (t.get(k).pos().equals("RP") || Triggers.lower(t, k).equals("over"))) {
      k++;
    }
    for (int j = k; j < limit; j++) {
      if (Triggers.lower(t, j).equals("with")) {
        k = j + 1;
        break;
      }
      if (!t.get(j).pos().startsWith("NN") && !t.get(j).pos().equals("DT")) {
        break;
      }
    }
    int start = k;
    int most = 10;
    boolean cargo = false;
    while (k < t.size() && k - start < most) {
      String pos = t.get(k).pos();
      String w = Triggers.lower(t, k);
      if (k > start && CARRIERS.contains(Triggers.lower(t, k - 1)) && Set.of("carrying", "containing", "loaded").contains(w)) {
        k++; // "an aid aircraft carrying 100 tonnes of food supplies, 400 family tents and medical supplies": the cargo
        most = k - start + 16;
        cargo = true;
        continue;
      }
      if (cargo && w.equals(",") && k + 1 < t.size() && t.get(k + 1).pos().matches("CD|JJ|NNS?")) {
        k++;
        continue;
      }
      if (k > start && figuresAgain(t, k)) {
        k += 3; // "fifty (50) scholarships": the number again in figures
        continue;
      }
      if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || (pos.equals("DT") && k == start) || pos.equals("HYPH")
          || w.equals("-") || (w.equals("of") && k > start && k + 1 < t.size() && !t.get(k + 1).pos().startsWith("PRP"))
          || (w.equals("and") && k > start && k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN"))) {
        k++;
      } else {
        break;
      }
    }
    while (k > start && Set.of("of", "and", "-").contains(Triggers.lower(t, k - 1))) {
      k--;
    }
    if (k == start || k - start == 1 && t.get(start).pos().equals("DT")) {
      return null;
    }
    String p = text.substring(t.get(start).start(), t.get(k - 1).end()).replaceFirst("^(?i)(?:the|a|an)\\s+", "");
    // "a grant", "a 10 billion yen loan": the kind of aid and its sum, not what it is for
    String rest = p.toLowerCase(Locale.ROOT).replaceAll("[\\d.,]+|\\b(?:grants?|loans?|aid|assistance|support|funding|funds|money|million|billion|"
        + "thousand|trillion|new|additional|further|yen|dollars?|euros?|yuan|won|us)\\b", "").trim();
    return rest.isEmpty() ? null : p;
  }

  /** Whether tokens {@code k..k+2} are a number in figures in brackets, written after the same number in words: "fifty (50)". */
  private static boolean figuresAgain(List<Token> t, int k) {
    return k + 2 < t.size() && Set.of("(", "-lrb-").contains(Triggers.lower(t, k)) && t.get(k + 1).pos().equals("CD")
        && Set.of(")", "-rrb-").contains(Triggers.lower(t, k + 2));
  }

  private static String phrase(String text, List<Token> t, int from, int max) {
    int end = from;
    while (end < t.size() && end - from < max) {
      String w = t.get(end).word();
      if (figuresAgain(t, end)) {
        end += 3; // "fifty (50) additional scholarships": the number again in figures
        continue;
      }
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(") || (w.equals("to") && end + 1 < t.size() && t.get(end + 1).pos().equals("VB"))
          || w.equals("and") && end + 1 < t.size() && t.get(end + 1).pos().startsWith("VB")) { // "... projects and give a further ..."
        break;
      }
      end++;
    }
    return end > from ? text.substring(t.get(from).start(), t.get(end - 1).end()) : null;
  }

  /** Nouns after a country's name or adjective that make it the side that attacks. */
  private static final Set<String> HOSTILE = Set.of("strikes", "strike", "attacks", "attack", "aggression", "invasion", "shelling",
      "bombardment", "bombing", "bombings", "missiles", "missile", "occupation", "blockade");

  /** Giver before the trigger ("Japan will provide"), receiver after it ("to Cambodia", "for Ukraine"). */
  private void aidDirection(Candidate c, Annotated doc, Sentence s, Trigger tr) {
    aidDirection(c, doc, s, tr, s.start(), s.end());
  }

  /** As {@link #aidDirection(Candidate, Annotated, Sentence, Trigger)}, from the countries named between {@code from} and {@code to} only. */
  private void aidDirection(Candidate c, Annotated doc, Sentence s, Trigger tr, int from, int to) {
    List<String> givers = new ArrayList<>();
    List<String> receivers = new ArrayList<>();
    for (Mention m : s.mentions()) {
      if (m.start() < from || m.end() > to) {
        continue;
      }
      Optional<String> country = switch (m.type()) {
        case "COUNTRY", "NATIONALITY" -> kb.countryNamedAt(doc.text(), m.start(), m.end()).map(Country::alpha3);
        case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> kb.countryByCity(m.text()).or(() -> kb.countryByName(m.text())).map(Country::alpha3);
        case "ORGANIZATION" -> orgCountry(m.text());
        default -> Optional.empty();
      };
      if (country.isEmpty() || Set.of("dollar", "dollars").contains(Triggers.lower(s.tokens(), m.endToken()))) {
        continue; // "5 million U.S. dollars": a currency, not a receiver
      }
      if (HOSTILE.contains(Triggers.lower(s.tokens(), m.endToken()))) {
        continue; // "infrastructure damaged by Russian strikes": the attacker, neither giver nor receiver
      }
      // the preposition decides before the position does: "signed loans with the Philippines", "aid from Japan"
      String before = Triggers.lower(s.tokens(), m.firstToken() - 1).equals("the")
          ? Triggers.lower(s.tokens(), m.firstToken() - 2) : Triggers.lower(s.tokens(), m.firstToken() - 1);
      boolean receiver = Set.of("to", "for", "with").contains(before) && !m.type().equals("ORGANIZATION")
          || m.firstToken() > 0 && Triggers.givingVerb(s.tokens().get(m.firstToken() - 1)); // "will lend Colombia 100 million euros"
      boolean giver = Set.of("from", "by").contains(before)
          // "through Canada's Counter-Terrorism Capacity Building Program": the giver's own programme
          || Set.of("through", "under", "via").contains(before) && Set.of("'s", "’s").contains(Triggers.lower(s.tokens(), m.endToken()));
      if (!giver && m.firstToken() >= tr.end() && m.type().equals("NATIONALITY") && m.endToken() < s.tokens().size()
          && s.tokens().get(m.endToken()).ner().equals("TITLE")) {
        continue; // "..., German Foreign Minister Guido Westerwelle said": the speaker's side, told after the aid
      }
      boolean place = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION").contains(m.type());
      if (giver || !receiver && m.endToken() <= tr.first()) {
        if (!place) { // a dateline's city says where the report was filed, not who gave
          givers.add(country.get());
        }
      } else {
        receivers.add(country.get());
      }
    }
    if (givers.isEmpty() && receivers.isEmpty()) {
      return;
    }
    // "..., under which Japan will lend up to 12 billion yen": the country that is the subject of the
    // verb of giving gives; of the others, read by position, the one left receives
    String subject = subjectCountry(doc, s, tr);
    if (subject != null && givers.contains(subject)) {
      List<String> others = java.util.stream.Stream.concat(givers.stream(), receivers.stream()).filter(g -> !g.equals(subject)).distinct().toList();
      givers.clear();
      givers.add(subject);
      receivers.clear();
      receivers.addAll(others); // every other country named is on the receiving side
      c.giverBySubject = true;
    }
    c.source.clear();
    c.target.clear();
    if (!givers.isEmpty()) {
      c.source.add(givers.get(givers.size() - 1));
    }
    for (String r : receivers) {
      if (!c.source.contains(r) && !c.target.contains(r)) {
        c.target.add(r);
      }
    }
    for (String g : givers) {
      if (!c.source.contains(g) && !c.target.contains(g)) {
        c.source.add(g);
      }
    }
  }

  private static final Set<String> GIVING = Set.of("provide", "give", "donate", "lend", "grant", "extend", "offer", "pledge", "commit",
      "allocate", "contribute", "fund", "finance", "send", "deliver", "supply", "disburse", "hand", "gift", "approve", "announce", "earmark");

  /** The country named right before the verb of giving, with only auxiliaries between: "Japan will lend". */
  private String subjectCountry(Annotated doc, Sentence s, Trigger tr) {
    List<Token> t = s.tokens();
    // the verb of giving itself, or the one that governs the sum ("will lend up to 12 billion yen")
    int v = tr.first();
    while (v > tr.first() - 6 && v >= 0 && !(t.get(v).pos().startsWith("VB")
        && !Set.of("has", "have", "had", "is", "was", "be", "been", "are", "were").contains(Triggers.lower(t, v)))) {
      v--;
    }
    if (v < 0 || v <= tr.first() - 6 || !t.get(v).pos().startsWith("VB") || !GIVING.contains(t.get(v).lowerLemma())) {
      return null; // "the Philippines has received ...": the subject of another verb gives nothing
    }
    for (Mention m : s.mentions()) {
      if ((m.type().equals("COUNTRY") || m.type().equals("NATIONALITY")) && m.endToken() <= v && v - m.endToken() <= 3) {
        boolean auxiliaries = true;
        for (int k = m.endToken(); k < v; k++) {
          String pos = t.get(k).pos();
          auxiliaries &= pos.equals("MD") || pos.startsWith("RB") || Set.of("has", "have", "had", "is", "was", "also").contains(Triggers.lower(t, k));
        }
        if (auxiliaries) {
          return kb.countryNamedAt(doc.text(), m.start(), m.end()).map(Country::alpha3).orElse(null);
        }
      }
    }
    return null;
  }

  private Optional<String> orgCountry(String name) {
    for (String w : name.split("[\\s\\-]+")) {
      Optional<String> c = kb.countryByName(w).or(() -> kb.countryByCity(w)).map(Country::alpha3);
      if (c.isPresent()) {
        return c;
      }
    }
    return kb.organization(name).map(o -> o.country()).filter(x -> x != null);
  }
}
