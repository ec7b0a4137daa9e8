package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.EventType;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Finds the trigger phrases of CONSULT, AGREE and AID events in a sentence. */
final class Triggers {
  static final Set<String> AGREEMENT_NOUNS =
      Set.of("mou", "mous", "moc", "mocs", "memorandum", "memoranda", "memorandums", "agreement", "agreements", "accord",
          "accords", "treaty", "treaties", "protocol", "protocols", "contract", "contracts", "convention", "charter",
          "deal", "deals", "arrangement", "arrangements", "loi");
  /** "assistance" and "aid" alone are "continued support"; these words make them concrete. */
  private static final Set<String> AID_QUALIFIERS =
      Set.of("humanitarian", "emergency", "food", "medical", "military", "financial", "relief", "disaster", "grant", "development",
          "budget", "economic", "flood", "earthquake", "security");
  private static final Set<String> AID_OBJECTS =
      Set.of("aid", "assistance", "equipment", "vehicles", "vehicle", "vessel", "vessels", "ship", "ships", "boats",
          "aircraft", "helicopters", "vaccine", "vaccines", "doses", "medicine", "medicines", "medical", "supplies",
          "food", "rice", "relief", "arms", "weapons", "ammunition", "intelligence", "goods", "materials", "experts",
          "volunteers", "scholarships", "funds", "funding", "grant", "grants", "loan", "loans", "donation", "donations",
          "machinery", "generators", "tents", "blankets", "water", "ventilators", "masks", "kits", "photographs",
          "detectors", "troops");
  private static final Set<String> AID_VERBS =
      Set.of("provide", "give", "donate", "hand", "deliver", "send", "supply", "extend", "grant", "offer", "pledge",
          "disburse", "allocate", "contribute", "fund", "finance", "dispatch", "airlift", "ship", "transfer", "gift", "lend", "award",
          "distribute");

  private Triggers() {}

  static List<Trigger> find(Sentence s) {
    List<Token> t = s.tokens();
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String w = lower(t, i);
      String lemma = t.get(i).lowerLemma();
      String next = lower(t, i + 1);
      String prev = lower(t, i - 1);
      String pos = t.get(i).pos();
      // ---- CONSULT
      if ((w.equals("telephone") || w.equals("phone")) && Set.of("conversation", "call", "talks", "talk", "conference").contains(next)) {
        out.add(new Trigger(EventType.CONSULT, "phone", i, i + 2));
        i++;
        continue;
      }
      int object = afterTimeWords(t, i + 1); // "spoke this evening with"
      if ((lemma.equals("speak") && pos.startsWith("VB") && Set.of("with", "to").contains(lower(t, object)) && personOrTitleWithin(s, i + 1, object + 7))
          || (w.equals("call") && pos.startsWith("NN") && next.equals("with") && personOrTitleWithin(s, i + 1, i + 8))) {
        // "spoke today with the Minister", "Secretary's Call with the Minister": the readout of a call
        out.add(new Trigger(EventType.CONSULT, "phone", i, i + 1));
        continue;
      }
      if (w.equals("telephoned") || w.equals("phoned") || (lemma.equals("speak") && Set.of("by", "over", "on").contains(next)
          && (lower(t, i + 2).contains("phone") || lower(t, i + 3).contains("phone")))) {
        out.add(new Trigger(EventType.CONSULT, "phone", i, i + 1));
        continue;
      }
      if ((w.equals("video") && Set.of("conference", "call", "meeting", "link", "talks").contains(next)) || w.equals("videoconference")
          || ((w.equals("virtual") || w.equals("online")) && Set.of("meeting", "summit", "talks").contains(next))) {
        out.add(new Trigger(EventType.CONSULT, "video", i, i + (w.equals("videoconference") ? 1 : 2)));
        i += w.equals("videoconference") ? 0 : 1;
        continue;
      }
      // "a courtesy call", "a farewell call on the Prime Minister", "an introductory meeting"
      if (Set.of("courtesy", "farewell", "introductory").contains(w) && Set.of("call", "calls", "meeting", "meetings", "visit", "visits").contains(next)) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 2));
        i++;
        continue;
      }
      if (w.equals("summit") || w.equals("summits")) {
        out.add(new Trigger(EventType.CONSULT, "summit", i, i + 1));
        if (next.equals("meeting") || next.equals("talks")) {
          i++;
        }
        continue;
      }
      if (w.equals("meeting") && pos.startsWith("NN") || (lemma.equals("meet") && pos.startsWith("VB"))) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if (w.equals("session") && pos.startsWith("NN") && (heldAround(t, i) || Set.of("convene", "hold").contains(verbBefore(t, i, 4)))
          && !Character.isUpperCase(t.get(i).word().charAt(0)) && ORDINALS.contains(prev)
          && (next.equals("of") && bodyWithin(t, i + 1, i + 11) || Set.of("its", "their").contains(lower(t, i - 2)))) {
        // "the second session of the Joint Committee would be held in Djibouti": a meeting of that body
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if (w.equals("session") && pos.startsWith("NN") && Character.isUpperCase(t.get(i).word().charAt(0)) && next.equals("of")
          && heldAround(t, i)) {
        // "The Sixty-Sixth Ordinary Session of the ECOWAS Authority ... was held on 15 December": a summit
        out.add(new Trigger(EventType.CONSULT, "summit", i, i + 1));
        continue;
      }
      if (Set.of("co-chair", "cochair", "chair", "convene").contains(lemma) && pos.startsWith("VB") && bodyWithin(t, i + 1, i + 10)) {
        // "co-chaired the Joint Commission on Bilateral Cooperation", "convened the third Joint Committee": the
        // trigger is the verb, since the body's name is an organization's
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if ((w.equals("talks") || w.equals("talk") && prev.equals("for")) && pos.startsWith("NN")) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if ((lemma.equals("discuss") && pos.startsWith("VB") || w.equals("discussions") && pos.startsWith("NN")) && twoSidesBefore(t, i)) {
        // "the two leaders discussed ...", "the bilateral discussions": the meeting itself
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if (Set.of("consultation", "consultations", "negotiations", "mediation", "dialogue").contains(w) && pos.startsWith("NN")
          && !Set.of("partner", "partners", "partnership", "status").contains(next) // "a Sectoral Dialogue Partner of ASEAN": a status
          && !(w.equals("negotiations") && negotiationsToStart(t, i))
          && !BODY_NOUNS.contains(next)) { // "the political consultation committee": a body, not a meeting
        out.add(new Trigger(EventType.CONSULT, "consultation", i, i + 1));
        continue;
      }
      if ((lemma.equals("witness") && pos.startsWith("VB") || lemma.equals("preside") && next.equals("over"))
          && (agreementOrDocumentWithin(t, i + 1, i + 8) || signingWithin(t, i + 1, i + 5)
              || pos.equals("VBN") && next.equals("by") && (agreementOrDocumentWithin(t, Math.max(0, i - 8), i) || signingWithin(t, Math.max(0, i - 8), i)))) {
        // "the two leaders witnessed the exchange of the MoUs", "the signing was witnessed by A and B":
        // the people who witness a signing together have met (the caller asks for two of them)
        out.add(new Trigger(EventType.CONSULT, "witness", i, i + 1));
        continue;
      }
      if (lemma.equals("host") && pos.startsWith("VB") && personOrTitleWithin(s, i + 1, i + 5)) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if (lemma.equals("call") && next.equals("on") && pos.startsWith("VB") && personOrTitleWithin(s, i + 2, i + 6)) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 2)); // "called on the President"
        i++;
        continue;
      }
      if (lemma.equals("sit") && pos.startsWith("VB") && next.equals("down") && i + 2 < t.size() && t.get(i + 2).word().equalsIgnoreCase("with")
          && personOrTitleWithin(s, i + 3, i + 9)) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 2)); // "I sat down with Chile's Foreign Minister"
        i++;
        continue;
      }
      if (lemma.equals("receive") && pos.startsWith("VB") && !pos.equals("VBG") && personOrTitleWithin(s, i + 1, i + 9)
          && !Set.of("a", "an").contains(next) && aidObjectWithin(t, i + 1, i + 5) == null && !receivesSupport(t, i + 1, i + 5)
          && !Set.of("most", "more", "less", "support", "assistance", "aid", "funding", "funds").contains(next)
          && !within(t, i + 1, i + 4, "call", "calls", "phone", "telephone", "letter", "letters", "message", "messages")) {
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1)); // "the Minister received today the Ambassador"
        continue;
      }
      int welcomeTo = w.equals("welcome") && pos.startsWith("NN") ? indexOf(t, "to", i + 1, i + 5) : -1;
      if ((lemma.equals("welcome") && pos.startsWith("VB") && welcomesAPerson(s, i + 1)) || (welcomeTo > 0 && welcomesAPerson(s, welcomeTo + 1))) {
        // "Mitterrand gave a warm welcome to de Klerk", "the President welcomed the visiting Prime Minister X":
        // a welcome of a person is a meeting; a welcome of a decision, a statement or X's proposal is not
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if (w.equals("audience") && Set.of("an", "royal", "private", "special", "in", "held", "hold", "holds", "had", "granted", "grants",
          "gave", "given").contains(prev)) {
        // "received in audience", "held audience with the Minister"; not "told the audience"
        out.add(new Trigger(EventType.CONSULT, "meeting", i, i + 1));
        continue;
      }
      if (lemma.equals("visit") || w.equals("visiting") || (lemma.equals("arrive") && Set.of("in", "at").contains(next))
          || (w.equals("trip") && next.equals("to"))) {
        out.add(new Trigger(EventType.CONSULT, "visit", i, i + 1));
        continue;
      }
      // ---- AGREE
      boolean token = lemma.equals("sign") && pos.startsWith("NN") && (next.equals("of") || Set.of("a", "an").contains(lower(t, i - 1)));
      if (lemma.equals("sign") && !token || w.equals("signing") || w.equals("inked") || (lemma.equals("conclude") && agreementNounWithin(t, i + 1, i + 6))
          || (w.equals("exchange") && next.equals("of") && agreementOrDocumentWithin(t, i + 2, i + 6))) {
        out.add(new Trigger(EventType.AGREE, "agreement", i, i + 1));
        continue;
      }
      if (w.equals("joint") && STATEMENTS.contains(next)
          && (issuedAround(t, i, i + 2) || t.get(i).word().equals("Joint") && next.equals("statement"))) {
        // "issued a joint statement", "a joint declaration was adopted", "the Joint Statement"
        out.add(new Trigger(EventType.AGREE, "joint_statement", i, i + 2));
        i++;
        continue;
      }
      if (ISSUING.contains(lemma) && pos.startsWith("VB") && namedDeclarationWithin(t, i + 1, i + 7)) {
        out.add(new Trigger(EventType.AGREE, "joint_statement", i, i + 1)); // "adopted the Lima Declaration on ..."
        continue;
      }
      if ((Set.of("upgrade", "elevate", "raise", "establish", "lift").contains(lemma)
          || lemma.equals("take") && Set.of("ties", "relations", "relationship").contains(lower(t, i + 2))) && partnershipWithin(t, i + 1, i + 10)) {
        out.add(new Trigger(EventType.AGREE, "partnership_upgrade", i, i + 1));
        continue;
      }
      // "marked the beginning of a comprehensive strategic partnership", "the elevation of ties to ..."
      if (t.get(i).pos().startsWith("NN") && Set.of("upgrade", "upgrading", "elevation", "establishment", "beginning", "launch", "start").contains(w)
          && next.equals("of") && strategicPartnershipWithin(t, i + 2, i + 10)) {
        out.add(new Trigger(EventType.AGREE, "partnership_upgrade", i, i + 1));
        continue;
      }
      // ---- AID
      if (w.equals("loan") || w.equals("loans")) {
        out.add(new Trigger(EventType.AID, "loan", i, i + 1));
        continue;
      }
      if ((w.equals("grant") && pos.startsWith("NN")) || (w.equals("grant") && next.equals("aid"))) {
        out.add(new Trigger(EventType.AID, "grant", i, i + 1));
        continue;
      }
      if (lemma.equals("grant") && pos.startsWith("VB") && within(t, i + 1, i + 4, "asylum")) {
        out.add(new Trigger(EventType.AID, "humanitarian", i, i + 1));
        continue;
      }
      if (givingVerb(t.get(i)) || lemma.equals("present") && pos.startsWith("VB")) {
        // "presented 12,000 tonnes of rice to Cuba", "presented him with a certificate for 3,000 tonnes of rice":
        // presenting gives only what aid is made of, never credentials or a report
        String obj = aidObjectWithin(t, i + 1, lemma.equals("present") ? i + 12 : i + 9);
        if (obj != null) {
          out.add(new Trigger(EventType.AID, lemma.equals("lend") ? "loan" : modeFor(obj), i, i + 1));
          continue;
        }
        if (lemma.equals("present")) {
          continue;
        }
        if (GIFT_VERBS.contains(lemma) && (!lemma.equals("hand") || next.equals("over")) && goodsToSomeone(t, i + 1)) {
          // "handed over 50 ambulances to the Ministry of Health", "donated 20 tractors to farmers' cooperatives":
          // a verb that only means giving, goods counted or plural, and a receiver
          out.add(new Trigger(EventType.AID, "equipment", i, i + 1));
          continue;
        }
      }
      if (PLEDGING_VERBS.contains(lemma) && pos.startsWith("VB") && sumForHelp(t, i + 1)) {
        // "announced $5 million to support the recovery of ...", "committed EUR 2 million in humanitarian aid"
        out.add(new Trigger(EventType.AID, "grant", i, i + 1));
        continue;
      }
      if (lemma.equals("evacuate") && pos.startsWith("VB")) {
        out.add(new Trigger(EventType.AID, "humanitarian", i, i + 1));
        continue;
      }
      if (w.startsWith("peacekeep") && within(t, i + 1, i + 6, "arrived", "deployed", "arrive", "deploy")) {
        out.add(new Trigger(EventType.AID, "technical", i, i + 1));
        continue;
      }
      if (w.equals("training") && Set.of("conduct", "provide", "hold", "organize", "organise", "offer", "give", "run")
          .contains(verbBefore(t, i, 4)) && !MUTUAL.contains(lower(t, i - 1)) && !stipulates(t, i)) {
        out.add(new Trigger(EventType.AID, "training", i, i + 1));
        continue;
      }
      if (lemma.equals("train") && pos.startsWith("VB")
          && (peopleCounted(t, i + 1, i + 7) || pos.equals("VBN") && lower(t, i - 1).equals("be") && peopleCounted(t, Math.max(0, i - 10), i))) {
        // "Denmark will train 50 Indian engineers", "40 engineers of the company will be trained in Japan"
        out.add(new Trigger(EventType.AID, "training", i, i + 1));
        continue;
      }
      if (TRAINING_NOUNS.contains(w) && pos.startsWith("NN") && !lower(t, i - 1).equals("diplomatic")
          && (peopleCountedAfter(t, i + 1, i + 12) || INVITING.contains(verbBefore(t, i, 14)) && peopleCounted(t, Math.max(0, i - 13), i))) {
        // "a capacity-building programme on X for 30 Kenyan officials", "would invite forty officials to training courses"
        out.add(new Trigger(EventType.AID, "training", i, i + 1));
      }
    }
    return out;
  }

  /** A verb of holding a meeting in the sentence after {@code i}: "was held", "convened", "opened". */
  private static boolean heldAround(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 25); k++) {
      if (t.get(k).pos().startsWith("VB") && Set.of("hold", "convene", "open", "take", "attend", "meet").contains(t.get(k).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** A commission, committee or council as the object, before any clause break. */
  private static boolean bodyWithin(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (Set.of("commission", "committee", "council", "mechanism").contains(w) && t.get(k).pos().startsWith("NN")) {
        return true;
      }
      if (Set.of(",", ".", ";").contains(w) || t.get(k).pos().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /** What two sides issue together. */
  private static final Set<String> STATEMENTS = Set.of("statement", "declaration", "communique", "communiqué");
  /** Verbs by which sides make a statement theirs. */
  private static final Set<String> ISSUING = Set.of("issue", "adopt", "release", "publish", "endorse", "approve");

  /**
   * A verb of issuing within three words before the statement ("issued a joint statement", "adopted
   * the joint declaration") or right after it ("a joint communique was issued").
   */
  private static boolean issuedAround(List<Token> t, int first, int end) {
    for (int k = Math.max(0, first - 3); k < first; k++) {
      if (ISSUING.contains(t.get(k).lowerLemma()) && t.get(k).pos().startsWith("VB")) {
        return true;
      }
    }
    for (int k = end; k < Math.min(t.size(), end + 4); k++) {
      if (ISSUING.contains(t.get(k).lowerLemma()) && t.get(k).pos().equals("VBN")) {
        return true;
      }
      if (lower(t, k).equals(",") || lower(t, k).equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** A declaration or communique with a name of its own ("the Lima Declaration"), before any clause break. */
  private static boolean namedDeclarationWithin(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String word = t.get(k).word();
      if (Set.of("Declaration", "Communique", "Communiqué").contains(word) && k > from && t.get(k - 1).pos().startsWith("NNP")) {
        return true;
      }
      if (Set.of(",", ".", ";").contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static boolean twoSidesBefore(List<Token> t, int i) {
    for (int k = Math.max(0, i - 5); k < i; k++) {
      String w = lower(t, k);
      if (w.equals("bilateral") && k == i - 1) {
        return true;
      }
      if ((w.equals("two") || w.equals("both")) && Set.of("leaders", "sides", "ministers", "presidents", "premiers", "delegations")
          .contains(lower(t, k + 1)) || w.equals("counterpart") || w.equals("counterparts")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> STARTING = Set.of("start", "launch", "begin", "commence", "open", "enter");

  /**
   * "agreed to start negotiations on ...", "announced the launch of formal negotiations": a course
   * of talks decided on, not a meeting held.
   */
  private static boolean negotiationsToStart(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 0 && t.get(k).pos().startsWith("JJ")) {
      k--; // "formal", "bilateral"
    }
    if (k >= 1 && (lower(t, k).equals("into") || lower(t, k).equals("of"))) {
      k--; // "enter into negotiations", "the start of negotiations"
    }
    if (k < 1 || !STARTING.contains(t.get(k).lowerLemma())) {
      return false;
    }
    return lower(t, k - 1).equals("to") || lower(t, k - 1).equals("the") || t.get(k).pos().startsWith("NN");
  }

  private static final Set<String> BODY_NOUNS = Set.of("committee", "commission", "mechanism", "council", "forum", "group");

  /** Words that number a meeting in its series: "the second session", "the next round". */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "next", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "inaugural");

  /** "joint training", "mutual training": the two sides train together, nobody gives. */
  private static final Set<String> MUTUAL = Set.of("joint", "mutual", "combined", "reciprocal");

  /** "an MoU that provides for training": what an instrument stipulates, not a gift. */
  private static boolean stipulates(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(1, i - 4); k--) {
      if (lower(t, k).equals("for") && t.get(k - 1).lowerLemma().equals("provide")) {
        return true;
      }
    }
    return false;
  }

  private static String verbBefore(List<Token> t, int i, int window) {
    for (int k = i - 1; k >= Math.max(0, i - window); k--) {
      if (t.get(k).pos().startsWith("VB")) {
        return t.get(k).lowerLemma();
      }
    }
    return "";
  }

  /** Words that say when between a verb and its object: "spoke this evening with", "spoke today to", "spoke on Monday with". */
  private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "this", "morning", "afternoon", "evening", "earlier",
      "later", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again", "briefly");

  /** The index of the first token from {@code i} that is not a word of time, looking at most four words on. */
  private static int afterTimeWords(List<Token> t, int i) {
    int k = i;
    while (k < t.size() && k - i < 4 && TIME_WORDS.contains(lower(t, k))) {
      k++;
    }
    return k;
  }

  /** Whether the token is a verb of giving ("lend", "gave", "provides"), after which a country named bare receives. */
  static boolean givingVerb(Token t) {
    return t.pos().startsWith("VB") && AID_VERBS.contains(t.lowerLemma());
  }

  static String modeFor(String object) {
    return switch (object) {
      case "loan", "loans" -> "loan";
      case "grant", "grants", "funds", "funding", "donation", "donations" -> "grant";
      case "experts", "volunteers", "intelligence", "photographs" -> "technical";
      case "scholarships" -> "training";
      case "aid", "relief", "food", "rice", "medicine", "medicines", "medical", "supplies", "tents", "blankets", "water", "masks",
          "vaccine", "vaccines", "doses", "ventilators", "kits", "assistance" -> "humanitarian";
      default -> "equipment";
    };
  }

  private static boolean within(List<Token> t, int from, int to, String... words) {
    for (int k = Math.max(0, from); k < Math.min(t.size(), to); k++) {
      for (String w : words) {
        if (lower(t, k).equals(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns of teaching that, given to counted people of another country, are aid. */
  static final Set<String> TRAINING_NOUNS = Set.of("training", "capacity-building", "course", "courses", "workshop", "workshops");
  /** Verbs that bring people to training. */
  private static final Set<String> INVITING = Set.of("invite", "send", "host", "welcome", "bring");
  /** People who are trained. */
  static final Set<String> TRAINEES = Set.of("officials", "officers", "engineers", "technicians", "students", "diplomats",
      "personnel", "staff", "experts", "nurses", "doctors", "teachers", "farmers", "journalists", "police", "policemen", "soldiers",
      "servants", "professionals", "scientists", "researchers", "judges", "workers", "participants", "trainees", "cadets");

  /** A number of people ("50 Indian engineers", "forty Kenyan public officials") among tokens {@code from..to}. */
  private static boolean peopleCounted(List<Token> t, int from, int to) {
    return countedPeople(t, from, to, 4) != null;
  }

  /**
   * The first number among tokens {@code from..to} with a word for trainees at most {@code reach}
   * words after it, as {@code [number, trainees]}; {@code null} when there is none.
   */
  static int[] countedPeople(List<Token> t, int from, int to, int reach) {
    for (int k = Math.max(0, from); k < Math.min(t.size(), to); k++) {
      if (!t.get(k).pos().equals("CD")) {
        continue;
      }
      for (int j = k + 1; j < Math.min(t.size(), k + reach + 1); j++) {
        if (TRAINEES.contains(lower(t, j))) {
          return new int[] {k, j};
        }
      }
    }
    return null;
  }

  /** "for 30 Kenyan officials", "to 40 students" after a training noun. */
  private static boolean peopleCountedAfter(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
      if ((w.equals("for") || w.equals("to")) && peopleCounted(t, k + 1, k + 3)) {
        return true;
      }
    }
    return false;
  }

  /** What is handed over in a ceremony without being given. */
  private static final Set<String> SYMBOLIC =
      Set.of("keys", "credentials", "certificates", "documents", "letters", "copies", "papers", "notes", "instruments", "flags", "plaques");

  /** Verbs whose only sense is giving, whatever is given. */
  private static final Set<String> GIFT_VERBS = Set.of("donate", "hand", "gift", "airlift");

  /** Verbs that make money public without giving it by their meaning alone: what the money is for decides. */
  private static final Set<String> PLEDGING_VERBS = Set.of("announce", "commit", "approve", "earmark", "unveil", "mobilize", "mobilise");
  /** Words after a sum that say it helps someone. */
  private static final Set<String> HELP_WORDS =
      Set.of("support", "help", "assist", "assistance", "aid", "relief", "recovery", "reconstruction", "rebuild", "humanitarian");
  /** Words after a sum that say it buys, invests or trades: no aid. */
  private static final Set<String> TRADE_WORDS =
      Set.of("investment", "investments", "invest", "trade", "deal", "deals", "contract", "contracts", "purchase", "purchases", "exports",
          "imports", "budget", "revenue", "profit");

  /**
   * A sum within five words whose next eight words say it helps: "$5 million to support the recovery of", "2 million euros in
   * humanitarian aid for". A sum for investment or trade is none.
   */
  private static boolean sumForHelp(List<Token> t, int from) {
    int sumEnd = -1;
    for (int k = from; k < Math.min(t.size(), from + 5); k++) {
      if (t.get(k).ner().equals("MONEY")) {
        sumEnd = k + 1;
        while (sumEnd < t.size() && t.get(sumEnd).ner().equals("MONEY")) {
          sumEnd++;
        }
        break;
      }
      if (Set.of(".", ";", ",").contains(lower(t, k))) {
        return false;
      }
    }
    if (sumEnd < 0) {
      return false;
    }
    for (int k = sumEnd; k < Math.min(t.size(), sumEnd + 8); k++) {
      String w = lower(t, k);
      if (TRADE_WORDS.contains(w) || w.equals(".") || w.equals(";")) {
        return false;
      }
      if (HELP_WORDS.contains(t.get(k).lowerLemma()) || HELP_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Plural or counted goods within six words, then "to" a receiver within eight more: "over 50 ambulances to the Ministry". */
  private static boolean goodsToSomeone(List<Token> t, int from) {
    int k = from;
    if (lower(t, k).equals("over")) {
      k++;
    }
    int goods = -1;
    for (int j = k; j < Math.min(t.size(), k + 6); j++) {
      String pos = t.get(j).pos();
      if (pos.equals("NNS") && (j == k || Set.of("CD", "JJ", "DT", "NN", "NNS").contains(t.get(j - 1).pos()))) {
        if (SYMBOLIC.contains(lower(t, j))) {
          return false; // "handed over the keys", "handed over his credentials": a ceremony's token, not goods
        }
        goods = j;
        break;
      }
      if (!Set.of("CD", "JJ", "DT", "NN", "HYPH").contains(pos)) {
        return false;
      }
    }
    if (goods < 0) {
      return false;
    }
    for (int j = goods + 1; j < Math.min(t.size(), goods + 9); j++) {
      if (lower(t, j).equals("to") && j + 1 < t.size() && !t.get(j + 1).pos().startsWith("VB")) {
        return true;
      }
      if (lower(t, j).equals(".") || lower(t, j).equals(";")) {
        return false;
      }
    }
    return false;
  }

  private static String aidObjectWithin(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (t.get(k).ner().equals("MONEY") || (t.get(k).word().matches("[A-Z]{3}") && k + 1 < t.size() && t.get(k + 1).pos().equals("CD")
          && !Money.isoAmounts(t.get(k).word() + " " + t.get(k + 1).word()).isEmpty())) {
        return "funds";
      }
      if (AID_OBJECTS.contains(w) && t.get(k).pos().startsWith("NN")) {
        if ((w.equals("aid") || w.equals("assistance")) && !AID_QUALIFIERS.contains(lower(t, k - 1))) {
          continue;
        }
        return w;
      }
      if (w.equals(".") || w.equals(";")) {
        break;
      }
    }
    return null;
  }

  /** "will receive the most assistance", "received further support": what is received is help, not a visitor. */
  private static boolean receivesSupport(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (t.get(k).pos().startsWith("NNP") || w.equals(".") || w.equals(",")) {
        return false;
      }
      if ((AID_OBJECTS.contains(w) || w.equals("support") || w.equals("help")) && t.get(k).pos().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean signingWithin(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      if (Set.of("signing", "exchange", "exchanging", "inking").contains(lower(t, k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean agreementOrDocumentWithin(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (AGREEMENT_NOUNS.contains(w) || Set.of("notes", "documents", "instruments", "letters").contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean agreementNounWithin(List<Token> t, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      if (AGREEMENT_NOUNS.contains(lower(t, k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean partnershipWithin(List<Token> t, int from, int to) {
    boolean sawTo = false;
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (w.equals("to") || w.equals("into") || w.equals("a") || w.equals("an")) {
        sawTo = true;
      }
      if (sawTo && (w.equals("partnership") || w.equals("partnerships"))) {
        return true;
      }
    }
    return false;
  }

  /** "(of) a \"comprehensive strategic partnership\"": a qualified partnership right after, with no verb between. */
  private static boolean strategicPartnershipWithin(List<Token> t, int from, int to) {
    boolean qualified = false;
    for (int k = from; k < Math.min(t.size(), to); k++) {
      String w = lower(t, k);
      if (t.get(k).pos().startsWith("VB") || w.equals(",") || w.equals(".")) {
        return false;
      }
      qualified |= w.equals("strategic") || w.equals("comprehensive");
      if (w.equals("partnership")) {
        return qualified;
      }
    }
    return false;
  }

  /**
   * A person welcomed: only determiners, adjectives and capitalized words (titles, nationalities)
   * before a person's name within six words, and no possessive after it ("welcomed X's proposal").
   */
  private static boolean welcomesAPerson(Sentence s, int from) {
    List<Token> t = s.tokens();
    for (int k = from; k < Math.min(t.size(), from + 6); k++) {
      Token x = t.get(k);
      if (x.ner().equals("PERSON")) {
        int end = k;
        while (end + 1 < t.size() && t.get(end + 1).ner().equals("PERSON")) {
          end++;
        }
        return !Set.of("'s", "’s", "'").contains(lower(t, end + 1));
      }
      boolean light = x.pos().equals("DT") || x.pos().startsWith("JJ") || x.pos().startsWith("NNP")
          || Set.of("visiting", "leader", "counterpart", "envoy", "premier", "minister", "president").contains(lower(t, k))
          || x.ner().equals("TITLE") || x.ner().equals("NATIONALITY");
      if (!light) {
        return false;
      }
    }
    return false;
  }

  /** The index of a word in {@code [from, to)}, or -1. */
  private static int indexOf(List<Token> t, String word, int from, int to) {
    for (int k = from; k < Math.min(t.size(), to); k++) {
      if (lower(t, k).equals(word)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean personOrTitleWithin(Sentence s, int from, int to) {
    for (int k = from; k < Math.min(s.tokens().size(), to); k++) {
      String ner = s.tokens().get(k).ner();
      if (ner.equals("PERSON") || ner.equals("TITLE") || ner.equals("NATIONALITY")) {
        return true;
      }
    }
    return false;
  }

  static String lower(List<Token> t, int i) {
    return i < 0 || i >= t.size() ? "" : t.get(i).word().toLowerCase(Locale.ROOT);
  }

  /** Whether the trigger lies inside an organization's name ("Asia-Europe Meeting"). */
  static boolean insideOrganization(Sentence s, Trigger tr) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("ORGANIZATION") && m.firstToken() <= tr.first() && tr.end() <= m.endToken()) {
        return true;
      }
    }
    return false;
  }
}
