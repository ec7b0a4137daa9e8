package org.dyad.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.dyad.nlp.Token;

/**
 * How a sentence holds an event it mentions: occurred, planned or hoped; denied or called off;
 * background to a conflict; or a reference back to an event told elsewhere.
 */
final class Modality {
  private static final Set<String> NEGATORS =
      Set.of("not", "never", "no", "refuse", "refused", "refuses", "reject", "rejected", "rejects", "cancel", "cancelled", "canceled",
          "postpone", "postponed", "boycott", "boycotted", "suspend", "suspended", "threaten", "threatened", "threatens", "halt",
          "halted", "deny", "denied", "denies", "without", "cut", "freeze", "froze", "frozen", "block", "blocked", "demand",
          "demanded", "demands", "urge", "urged", "called");
  private static final Set<String> ANAPHORIC_BEFORE = Set.of("prior", "following", "after", "before", "ahead", "since");
  private static final Set<String> HOPE_WORDS =
      Set.of("hope", "hoped", "hopes", "wish", "wished", "wishes", "desire", "desired", "like", "look", "looked", "looks", "propose",
          "proposed", "proposes", "invite", "invited", "invites", "invitation", "willing", "ready", "aspire", "aspires", "want",
          "wants", "keen", "seek", "seeks", "sought", "expect", "expects", "encourage", "encouraged", "call", "urged");
  /** Verbs of asking whose object clause puts a verb in the base form: "asked that X visit". */
  private static final Set<String> REQUEST_WORDS =
      Set.of("asked", "asks", "requested", "requests", "suggested", "suggests", "insisted", "recommended", "recommends", "urges");
  private static final Set<String> PLAN_WORDS =
      Set.of("will", "shall", "'ll", "upcoming", "forthcoming", "scheduled", "plan", "plans", "planned", "planning", "next", "to",
          "going", "expected", "slated", "set", "due", "would", "preparations", "preparation", "prepare", "preparing", "ahead");
  private static final Set<String> CONFLICT_VERBS =
      Set.of("accuse", "demand", "threaten", "oppose", "reject", "fail", "refuse", "condemn", "denounce", "criticize", "criticise",
          "protest", "warn", "investigate", "arrest", "riot", "attack", "kill", "sanction", "expel", "boycott", "blame", "deplore",
          "end", "abandon", "walk", "storm", "shell", "bomb", "clash", "veto", "violate", "breach");
  private static final Set<String> CONFLICT_NOUNS = Set.of("investigation", "rioting", "riot", "riots", "violation", "violations");

  private Modality() {}

  /** "X accused Y of blackmail in the negotiations": the talks are background to a conflict. */
  static boolean conflictVerb(List<Token> t) {
    for (Token x : t) {
      String lemma = x.lemma() == null ? "" : x.lemma().toLowerCase(Locale.ROOT);
      if (x.pos().startsWith("VB") && CONFLICT_VERBS.contains(lemma) || x.pos().startsWith("NN") && CONFLICT_NOUNS.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  static boolean negated(List<Token> t, int i) {
    for (int k = Math.max(0, i - 5); k < i; k++) {
      if (NEGATORS.contains(Triggers.lower(t, k))) {
        return true;
      }
    }
    return calledOffAfter(t, i);
  }

  private static final Set<String> CALLING_OFF = Set.of("postpone", "cancel", "defer", "shelve", "scrap", "suspend", "reschedule");

  /**
   * "the state visit ..., which had been scheduled for 22 to 24 April, the two sides have agreed to
   * postpone the visit": the event named again later in its sentence as what is called off.
   */
  static boolean calledOffLater(List<Token> t, int i) {
    String w = Triggers.lower(t, i);
    if (!t.get(i).pos().startsWith("NN")) {
      return false;
    }
    for (int j = i + 2; j < t.size(); j++) {
      if (!Triggers.lower(t, j).equals(w) || !Set.of("the", "this", "that", "his", "her", "their").contains(Triggers.lower(t, j - 1))) {
        continue;
      }
      for (int k = j - 2; k >= Math.max(0, j - 4); k--) {
        if (t.get(k).pos().startsWith("VB") && CALLING_OFF.contains(t.get(k).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> PASSIVE_AUX = Set.of("been", "was", "were", "is", "are", "be");
  /** The auxiliaries of a verb group: "has been", "were", "is". */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "been", "was", "were", "is", "are", "be");
  private static final Set<String> CALLED_OFF = Set.of("postponed", "cancelled", "canceled", "suspended", "scrapped", "shelved", "delayed");

  /**
   * "The planned visit of X to Brazil has been postponed", "the talks were cancelled": a passive
   * verb of calling off after the event, in its clause, with nothing but its noun phrase between.
   */
  private static boolean calledOffAfter(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 14); k++) {
      String w = Triggers.lower(t, k);
      if (Set.of("which", "that", "who").contains(w)) {
        break; // "the visit, which was postponed last year, took place": what the relative clause says is past
      }
      if (CALLED_OFF.contains(w)) {
        String before = Triggers.lower(t, k - 1);
        return PASSIVE_AUX.contains(before)
            || before.equals("off") || Set.of("been", "was", "were").contains(Triggers.lower(t, k - 2));
      }
      if (w.equals("called") && Triggers.lower(t, k + 1).equals("off")) {
        return true;
      }
      if (t.get(k).pos().startsWith("VB") && !AUXILIARIES.contains(w)
          || w.equals(";") || w.equals(",") && k > i + 1) {
        return subjectCalledOff(t, i);
      }
    }
    return subjectCalledOff(t, i);
  }

  /**
   * "the President will join the celebrations ... and hold bilateral talks": the base-form verb of the
   * trigger, joined by "and" to a verb under "will", "would" or "shall", shares its future.
   */
  static boolean coordinatedWithModal(List<Token> t, Trigger tr) {
    int v = tr.first() - 1;
    while (v >= 0 && tr.first() - v <= 4 && !t.get(v).pos().startsWith("VB")) {
      v--;
    }
    if (v < 1 || !t.get(v).pos().equals("VB") || !Triggers.lower(t, v - 1).equals("and")) {
      return false;
    }
    for (int k = v - 2; k >= 0; k--) {
      String p = t.get(k).pos();
      if (p.equals("MD")) {
        return Set.of("will", "would", "shall", "'ll").contains(Triggers.lower(t, k));
      }
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || Triggers.lower(t, k).equals(";")) {
        return false; // another clause's verb: "X met Y and hold ..." is no future
      }
    }
    return false;
  }

  /** "when President X visits Nairobi in August", "once the minister arrives": the present tense of a time clause tells the future. */
  static boolean presentInTimeClause(List<Token> t, Trigger tr) {
    if (!t.get(tr.first()).pos().matches("VBZ|VBP") || Set.of("is", "are", "has", "have", "'s").contains(Triggers.lower(t, tr.first()))) {
      return false;
    }
    for (int k = tr.first() - 1; k >= Math.max(0, tr.first() - 6); k--) {
      String w = Triggers.lower(t, k);
      if (Set.of("when", "once", "until", "till").contains(w) || w.equals("soon") && Triggers.lower(t, k - 1).equals("as")) {
        return true;
      }
      if (t.get(k).pos().startsWith("VB") || w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNounPhraseWord(String p) {
    return p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("PRP$") || p.equals("POS") || p.equals("VBN");
  }

  private static final Set<String> RELATIVE = Set.of("which", "that", "who", "whom", "when", "where", "while", "as", "after", "before");

  /**
   * "The Official Visit of the Minister X, to Thailand, which was scheduled for 17 October, has been
   * postponed": the event opens the sentence as its subject, and the clause that ends it (not a
   * relative or a time clause between commas) calls it off.
   */
  private static boolean subjectCalledOff(List<Token> t, int i) {
    // the noun phrase the event heads, back to the sentence's start or to a "that" after a verb
    // ("The Ministers noted that the meeting of the Mechanism, which ..., was called off")
    int np = i;
    while (np > 0 && i - np < 10 && (isNounPhraseWord(t.get(np - 1).pos()) || Triggers.lower(t, np - 1).equals("of")
        || t.get(np - 1).pos().equals("HYPH"))) {
      np--;
    }
    boolean opens = np == 0;
    boolean complement = np >= 2 && Triggers.lower(t, np - 1).equals("that") && t.get(np - 2).pos().startsWith("VB");
    if (!opens && !complement) {
      return false; // "After the visit, ...": something before the event, which is not a clause's subject
    }
    for (int k = i + 1; k < t.size(); k++) {
      String w = Triggers.lower(t, k);
      if (w.equals(";")) {
        return false;
      }
      boolean calledOff = CALLED_OFF.contains(w) || w.equals("called") && Triggers.lower(t, k + 1).equals("off");
      if (!calledOff || !PASSIVE_AUX.contains(Triggers.lower(t, k - 1))) {
        continue;
      }
      int clause = k - 1;
      while (clause > i && !Triggers.lower(t, clause).equals(",")) {
        clause--;
      }
      // the verb group right after the last comma ("..., has been postponed"), not "..., which was postponed ..."
      boolean onlyAux = true;
      for (int j = clause + 1; j < k; j++) {
        String aux = Triggers.lower(t, j);
        onlyAux &= AUXILIARIES.contains(aux) || aux.equals("now") || aux.equals("also");
      }
      if (onlyAux && (clause == i || !RELATIVE.contains(Triggers.lower(t, clause + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "prior to the consultation", "following this meeting": a reference to an event told elsewhere;
   * so is "at each meeting", which speaks of meetings already told.
   */
  static boolean anaphoric(List<Token> t, int i) {
    if (Set.of("each", "every").contains(Triggers.lower(t, i - 1))) {
      return true;
    }
    for (int k = Math.max(0, i - 8); k < i; k++) {
      String w = Triggers.lower(t, k);
      if (ANAPHORIC_BEFORE.contains(w) && !clauseBreakBetween(t, k + 1, i)) {
        for (int j = k + 1; j < i; j++) {
          String x = Triggers.lower(t, j);
          if (x.equals(",") || x.equals(";")) {
            break; // "After arrival, the delegation was received": the clause before ends there
          }
          if (x.equals("the") || x.equals("this") || x.equals("that") || x.equals("these") || x.equals("'s") || x.equals("’s")
              || x.equals("his") || x.equals("her") || x.equals("their")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "Before the signing ceremony, X paid a courtesy call": a comma or a verb between the word of
   * sequence and the trigger puts the trigger in a clause of its own.
   */
  private static boolean clauseBreakBetween(List<Token> t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (Set.of(",", ";").contains(Triggers.lower(t, j)) || t.get(j).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  static Status status(List<Token> t, Trigger tr) {
    int from = EventExtractor.clauseStart(t, tr.first());
    boolean planned = false;
    boolean hoped = false;
    // only words of the trigger's own verb phrase count: "Japan will provide ..., X said after meeting Y"
    for (int k = tr.first() - 1; k > from; k--) {
      String p = t.get(k).pos();
      if ((p.equals("VBD") || p.equals("VBZ")) && k < tr.first() - 1) {
        from = k;
        break;
      }
    }
    // "agreed on Wednesday to deepen cooperation ..., during talks between ...": the talks are where it was agreed
    int head = tr.first() - 1;
    while (head >= 0 && t.get(head).pos().matches("DT|JJ|CD|PRP\\$|NN|NNP")) {
      head--;
    }
    boolean during = head >= 1 && Triggers.lower(t, head).equals("during") && Triggers.lower(t, head - 1).equals(",");
    for (int k = Math.max(from, tr.first() - 14); k < tr.first(); k++) {
      String w = Triggers.lower(t, k);
      if (during && w.equals("to")) {
        continue;
      }
      if (w.equals("next") && Set.of("round", "meeting", "session", "summit").contains(Triggers.lower(t, k + 1))) {
        planned = true;
      }
      if (HOPE_WORDS.contains(w) && !(tr.type() == EventType.AID && w.startsWith("invite"))) {
        hoped = true; // but "will invite 20 diplomats to training courses" gives the training
      }
      if (REQUEST_WORDS.contains(w) && (t.get(tr.first()).pos().matches("VBP?") || tr.first() > 0 && t.get(tr.first() - 1).ner().equals("PERSON"))) {
        hoped = true; // "asked that the Secretary visit Warsaw": a visit asked for, in the subjunctive
      }
      if (w.equals("way") && Triggers.lower(t, k - 1).equals("the") && Triggers.lower(t, k + 1).equals("for")
          && Set.of("pave", "paving", "paved", "paves", "clear", "clearing", "cleared", "clears", "open", "opening", "opened", "opens")
              .contains(Triggers.lower(t, k - 2))) {
        planned = true; // "clearing the way for his visit": the visit is still to come
      }
      if (PLAN_WORDS.contains(w) && !(w.equals("to") && (k == 0 || !t.get(k + 1).pos().equals("VB") || perfective(t, tr)))
          && !(w.equals("next") && k + 1 < t.size() && !Set.of("week", "month", "year").contains(Triggers.lower(t, k + 1)))) {
        planned = true;
      }
      if (Set.of("decided", "agreed", "approved", "announced", "resolved").contains(w) && tr.type() != EventType.CONSULT) {
        return Status.OCCURRED; // the decision is the event the report states
      }
    }
    // "next year", "next month" after the trigger
    for (int k = tr.end(); k < Math.min(t.size(), tr.end() + 8); k++) {
      if (Triggers.lower(t, k).equals("next") && Set.of("week", "month", "year").contains(Triggers.lower(t, k + 1))) {
        planned = true;
      }
    }
    if (plannedPredicate(t, tr) || coordinatedWithModal(t, tr) || presentInTimeClause(t, tr)) {
      planned = true;
    }
    if (tr.type() == EventType.AGREE && Triggers.lower(t, tr.first() - 2).equals("agreed")) {
      return Status.OCCURRED; // "agreed to upgrade": the agreement is the event
    }
    if (hoped) {
      return Status.HOPED;
    }
    if (planned) {
      return Status.PLANNED;
    }
    return Status.OCCURRED;
  }

  /** The verbs after an event's noun that can put it ahead; "would" in reported speech ("said the visit would take place"). */
  private static final Set<String> PRESENT_BE = Set.of("is", "are", "will", "would", "'s", "’s");
  private static final Set<String> PREDICATE_PLAN = Set.of("set", "scheduled", "expected", "due", "slated", "planned");
  private static final Set<String> HAPPEN = Set.of("take", "begin", "start", "happen", "occur", "last", "run", "convene", "open", "proceed", "go");

  /**
   * "The phone conversation is set to take place Friday", "the talks are scheduled for March",
   * "the meeting will be held in Lima": a noun trigger that is the subject of a plan in the present
   * or future. Only the trigger's own predicate counts, after at most a short modifier of the noun.
   */
  static boolean plannedPredicate(List<Token> t, Trigger tr) {
    int head = tr.end() - 1;
    if (head < 0 || head >= t.size() || !t.get(head).pos().startsWith("NN")) {
      return false;
    }
    int k = tr.end();
    // "the meeting between the two ministers is set to ...": skip a short modifier of the noun
    for (int n = 0; k < t.size() && !PRESENT_BE.contains(Triggers.lower(t, k)); n++, k++) {
      if (Triggers.lower(t, k).equals(",") && PREDICATE_PLAN.contains(Triggers.lower(t, k + 1))
          && Set.of("for", "to", "on").contains(Triggers.lower(t, k + 2))) {
        return true; // "the consultations ..., set for March 20 in Manila, will proceed": planned in a reduced relative
      }
      if (Triggers.lower(t, k).equals(",") && Set.of("which", "that").contains(Triggers.lower(t, k + 1))) {
        // "The visit of X, which had been planned for April, will now take place ...": past the relative clause
        int close = k + 2;
        while (close < t.size() && close - k < 20 && !Triggers.lower(t, close).equals(",")) {
          close++;
        }
        if (close < t.size() && Triggers.lower(t, close).equals(",")) {
          k = close;
          continue;
        }
      }
      // a modifier as the parse attaches it, or as its tags read when the parse went astray ("of Rt. Hon. President X to Dhaka")
      boolean abbreviationStop = t.get(k).word().equals(".") && k + 1 < t.size() && Character.isUpperCase(t.get(k + 1).word().charAt(0));
      if (n == 14 || !t.get(k).inNounModifier() && !t.get(k).pos().matches("NNPS?|NNS?|IN|TO|DT|POS|HYPH|CD|JJ") && !abbreviationStop) {
        return false;
      }
    }
    String be = Triggers.lower(t, k);
    String next = Triggers.lower(t, k + 1);
    if (be.equals("will") || be.equals("would")) {
      int v = k + 1;
      while (v < t.size() && v - k <= 2 && t.get(v).pos().startsWith("RB")) {
        v++; // "will now take place", "will still be held"
      }
      return happens(t, v); // "will take place", "will be held"
    }
    if (next.equals("to")) {
      return happens(t, k + 2); // "is to take place"
    }
    if (!PREDICATE_PLAN.contains(next)) {
      return false;
    }
    String after = Triggers.lower(t, k + 2);
    // "is set to take place", "are scheduled for March", "is due on Friday"
    return after.equals("to") ? happens(t, k + 3) : !next.equals("expected") && (after.equals("for") || after.equals("on"));
  }

  /** "take place", "be held", "begin": a verb that says an event happens, at token {@code k}. */
  private static boolean happens(List<Token> t, int k) {
    String w = Triggers.lower(t, k);
    return w.equals("be") ? Set.of("held", "convened", "hosted", "organized", "organised", "conducted").contains(Triggers.lower(t, k + 1))
        : HAPPEN.contains(w);
  }

  /** "MoU to finalise X, MoU signed between A and B": a participle without "be" or "have" is no infinitive's. */
  private static boolean perfective(List<Token> t, Trigger tr) {
    String before = tr.first() > 0 ? Triggers.lower(t, tr.first() - 1) : "";
    return t.get(tr.first()).pos().matches("VB[DN]") && !before.matches("be|been|being|have|has|had|is|are|was|were");
  }
}
