package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Officeholder;
import org.dyad.kb.Organization;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Finds the persons, organizations and countries of a document, one record each. */
public final class ActorResolver {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me", "my", "we", "us", "our",
          "they", "them", "their", "you", "your", "it", "its");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
  private static final Set<String> PLACE_NOUNS =
      Set.of("province", "provinces", "district", "districts", "region", "regions", "county", "counties", "prefecture", "prefectures",
          "state", "states", "municipality", "island", "islands", "river", "valley",
          // "the Hunga Tonga-Hunga Ha'apai volcanic eruption": a volcano, whatever the tagger said
          "volcano", "volcanic", "eruption", "earthquake", "quake", "tsunami");
  /** Countries whose names the knowledge base writes family name first. */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of("KHM", "CHN", "JPN", "KOR", "PRK", "VNM", "TWN");
  private static final Set<String> STORMS = Set.of("cyclone", "typhoon", "hurricane", "storm", "tropical");
  /** Buildings and streets named after a person ("the Nelson Mandela Bridge", "Building Administratif X Y"): a place, not the person. */
  private static final Set<String> NAMED_PLACES =
      Set.of("building", "bridge", "avenue", "boulevard", "stadium", "square", "mausoleum", "memorial", "airport", "hall", "street",
          "road", "highway", "centre", "center", "complex", "university", "hospital", "school", "college", "library", "museum");
  /** Particles of a patronymic ("Sultan bin Abdulrahman"): the word before is a given name, not a title. */
  private static final Set<String> PATRONYMIC = Set.of("bin", "bint", "ibn", "binti");
  /** Greetings that open speeches in many languages ("Namaste", "Mabuhay", "Kia ora"): never part of a name. */
  private static final Set<String> GREETINGS = Set.of("namaste", "namaskar", "namaskaar", "namashkar", "namaskara", "mitron", "mabuhay",
      "sawasdee", "sawatdee", "konnichiwa", "annyeonghaseyo", "bonjour", "hola", "jambo", "marhaba", "aloha", "talofa", "privet",
      "zdravstvuyte", "assalamualaikum");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");

  private final KnowledgeBase kb;
  private final List<String> honorifics;
  /** Every word of every honorific ("datuk", "seri", "utama", "hon."), for a test per token. */
  private final Set<String> honorificWords;

  private ActorResolver(KnowledgeBase kb) {
    this.kb = kb;
    List<String> h = new ArrayList<>();
    Set<String> words = new HashSet<>();
    for (String s : kb.honorifics()) {
      String key = NameForms.key(s);
      h.add(key);
      words.addAll(List.of(key.split(" ")));
    }
    h.sort(Comparator.comparingInt(String::length).reversed());
    this.honorifics = h;
    this.honorificWords = Set.copyOf(words);
    Map<String, List<Officeholder>> surnames = new HashMap<>();
    for (Officeholder o : kb.officeholders()) {
      List<String> nt = NameForms.tokens(o.name());
      // the family name is last in most names, first in the knowledge base's East Asian ones ("Abe Shinzo")
      Set<String> family = new LinkedHashSet<>();
      int last = nt.size() - 1;
      while (last > 0 && GENERATION.contains(NameForms.key(nt.get(last)))) {
        last--; // "Ferdinand Marcos Jr.": the family name stands before the generation
      }
      family.add(NameForms.key(nt.get(last)));
      if (o.country() != null && FAMILY_NAME_FIRST.contains(o.country())) {
        family.add(NameForms.key(nt.get(0)));
      }
      for (String f : family) {
        surnames.computeIfAbsent(f, x -> new ArrayList<>()).add(o);
      }
    }
    this.bySurname = surnames;
  }

  private static final Pattern PATRONYMIC_CHAIN = Pattern.compile("(?i)\\b(?:bin|bint|ibn)\\s+\\S+\\s+(?:bin|bint|ibn)\\s");

  private static final Set<String> GENERATION = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /** The officeholders of the knowledge base by family name, in the knowledge base's order. */
  private final Map<String, List<Officeholder>> bySurname;

  /** A resolver over the given knowledge. */
  public static ActorResolver create(KnowledgeBase kb) {
    return new ActorResolver(kb);
  }

  /**
   * Resolves the actors of a document.
   *
   * @param doc the annotated document
   * @param day the document's date when known (to pick the office held then), or {@code null}
   */
  public ActorTable resolve(Annotated doc, LocalDate day) {
    return resolve(doc, day, day);
  }

  /**
   * Resolves the actors of a document dated to a period; an unnamed first-person speaker is inferred
   * when one person held their office throughout it.
   *
   * @param doc the annotated document
   * @param first first day the document can date from, or {@code null}
   * @param last last day the document can date from, or {@code null}
   */
  public ActorTable resolve(Annotated doc, LocalDate first, LocalDate last) {
    LocalDate day = first;
    List<Raw> raws = personCandidates(doc);
    List<Entity> entities = group(raws);
    addShortForms(doc, raws, entities);
    for (Entity e : entities) {
      matchKnowledge(e, day);
    }
    mergeTypos(entities);
    List<Actor> actors = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    Map<String, Integer> countryCounts = countryCounts(doc);
    Affiliation affiliation = new Affiliation(kb, this::isHonorificWord);
    Map<Entity, String> stated = new HashMap<>();
    String embassy = null;
    boolean embassyRead = false;
    for (Entity e : entities) {
      String c = contextCountry(doc, e, affiliation);
      if (c == null && e.raws.stream().anyMatch(r -> embassyStaff(doc, r))) {
        if (!embassyRead) {
          embassy = affiliation.embassyCountry(doc.text());
          embassyRead = true;
        }
        c = embassy; // "the embassy's spokesman X" in a report about one embassy
      }
      if (c == null) {
        for (Raw r : e.raws) {
          Sentence s = doc.sentences().get(r.sentence);
          int at = s.tokenAt(r.start);
          c = at < 0 ? null : Affiliation.honorificCountry(s, at);
          if (c != null) {
            break; // "Shri X", "Samdech X": a form of address only one country uses
          }
        }
      }
      stated.put(e, c);
    }
    String home = HomeCountry.of(doc.text(), kb);
    if (home == null) {
      home = homeFromOfficeholders(entities, stated);
    }
    if (home == null) {
      home = homeFromSpokesperson(doc.text(), entities, stated);
    }
    String post = HomeCountry.post(doc.original(), kb);
    List<String> sides = twoSides(countryCounts);
    for (Entity e : entities) {
      if (e.tokens.size() < 2 && e.kb == null && e.raws.stream().noneMatch(r -> r.capitals)) {
        continue; // a lone word that no full name explains is too weak to be a person, except after an office in a cable
      }
      if (e.kb != null && Affiliation.INTERNATIONAL.equals(stated.get(e)) && (day == null || !e.kb.heldOn(day))) {
        e.kb = null; // a former minister the text calls an official of an international body: that office, and the text's name
      }
      String country = e.kb != null ? e.kb.country() : stated.get(e);
      if (Affiliation.INTERNATIONAL.equals(country)) {
        country = null; // an official of an international body acts for no country
      } else if (country == null && onlyInFurniture(doc.text(), e)) {
        country = null; // a byline or a menu line says nothing of a country
      } else {
        if (country == null && post != null && e.title != null && !HomeCountry.usCableOffice(e.title) && !mentionsOtherCountry(e.title)) {
          country = post; // "DEPUTY PREMIER JAGIELSKI" in a cable from the embassy in Warsaw
        }
        if (country == null) {
          country = counterpart(doc.text(), e, entities, stated, sides);
        }
        if (country == null && home != null && (e.title == null || !mentionsOtherCountry(e.title))) {
          country = home; // "Minister of Foreign Affairs X" in a note issued at home
        }
        if (country == null) {
          country = originHint(e, countryCounts);
        }
      }
      String title = e.title != null ? e.title : (e.kb != null && day != null && e.kb.heldOn(day) ? e.kb.title() : null);
      String name = e.canonical();
      List<String> aliases = new ArrayList<>(e.forms);
      aliases.remove(name);
      actors.add(new Actor(name, ActorKind.PERSON, country, title, aliases));
      for (Raw r : e.raws) {
        mentions.add(new ActorMention(name, ActorKind.PERSON, r.sentence, r.start, r.end, false));
      }
    }
    Map<String, Character> genders = new HashMap<>();
    for (Entity e : entities) {
      genders.put(e.canonical(), e.gender);
    }
    resolvePronouns(doc, mentions, genders);
    resolveDelegations(doc, mentions);
    resolveTitles(doc, actors, mentions, home, first, last);
    List<String> notes = new ArrayList<>();
    Speaker.Inference speaker = Speaker.infer(doc, actors, mentions, countryCounts, kb, first, last);
    Actor named = speaker == null ? null : actors.stream().filter(a -> a.name().equals(speaker.actor().name())).findFirst().orElse(null);
    if (speaker != null && (named == null || Objects.equals(named.country(), speaker.actor().country()))) {
      if (named == null) {
        actors.add(speaker.actor());
      } // else the heading or a title named the speaker already: "I" is that person
      for (int[] m : speaker.mentions()) {
        mentions.add(new ActorMention(speaker.actor().name(), ActorKind.PERSON, m[0], m[1], m[2], true));
      }
      notes.add(speaker.evidence());
    }
    addOrganizationsAndCountries(doc, actors, mentions);
    for (ActorMention m : List.copyOf(mentions)) {
      if (m.kind() == ActorKind.COUNTRY && actors.stream().noneMatch(a -> a.kind() == ActorKind.COUNTRY && a.name().equals(m.actor()))) {
        kb.countryByName(m.actor()).ifPresent(c -> actors.add(new Actor(c.name(), ActorKind.COUNTRY, c.alpha3(), null, List.of())));
      }
    }
    mentions.sort(Comparator.comparingInt(ActorMention::start));
    return new ActorTable(actors, mentions, notes, home);
  }

  // ------------------------------------------------------------------ candidates

  /** A person mention after honorifics are stripped. */
  private static final class Raw {
    final int sentence;
    final int start;
    final int end;
    final List<String> tokens;
    final String title;
    final char gender;
    /** Found after an office in a text written in capitals. */
    boolean capitals;

    Raw(int sentence, int start, int end, List<String> tokens, String title, char gender) {
      this.sentence = sentence;
      this.start = start;
      this.end = end;
      this.tokens = tokens;
      this.title = title;
      this.gender = gender;
    }
  }

  private List<Raw> personCandidates(Annotated doc) {
    List<Raw> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      boolean[] covered = new boolean[s.tokens().size()];
      for (Mention m : s.mentions()) {
        if (m.type().equals("ORGANIZATION")) {
          int from = nameAfterOrganization(s, m);
          if (from >= 0) {
            for (int i = from; i < m.endToken(); i++) {
              covered[i] = true;
            }
            addCandidate(doc, s, from, m.endToken(), out);
          }
          continue;
        }
        if (!m.type().equals("PERSON")) {
          continue;
        }
        if (PRONOUNS.contains(NameForms.key(m.text()))) {
          continue;
        }
        int end = m.endToken();
        List<Token> tt = s.tokens();
        while (end + 1 < tt.size() && isInitial(tt, end) && tt.get(end + 1).ner().equals("O") && end - m.firstToken() < 4) {
          end += 2; // "Carlson D. Apis" tagged as "Carlson" alone
        }
        int first = m.firstToken();
        while (first >= 2 && PATRONYMIC.contains(NameForms.key(tt.get(first - 1).word())) && Character.isUpperCase(tt.get(first - 2).word().charAt(0))
            && tt.get(first - 2).word().chars().allMatch(Character::isLetter)) {
          first -= 2; // "Sultan bin Abdulrahman Al-Marshad" tagged from "Abdulrahman": the given name the tagger took for a title
        }
        for (int i = first; i < end; i++) {
          covered[i] = true;
        }
        addCandidate(doc, s, first, end, out);
      }
      // Names that the tagger missed: "Xxx Yyy, a research supervisor at ..." and "H.E. XXX Yyy".
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        // "Senator the Hon Don Farrell": a name after an honorific, which the tagger took for an organization's
        boolean afterHonorific = i > 0 && isHonorificWord(t.get(i - 1).word()) && !t.get(i - 1).word().equalsIgnoreCase("the");
        boolean capsFamily = !covered[i] && isCapsFamilyName(t, i);
        if (covered[i] || !(isNameToken(t.get(i)) || afterHonorific && isTaggedOrganizationWord(t.get(i)) || capsFamily)
            || isHonorificWord(t.get(i).word())
            || NameForms.TITLE_WORDS.contains(NameForms.key(t.get(i).word()))) {
          continue; // a name starts after "His Excellency", not with it
        }
        int j = i;
        while (j < t.size() && !covered[j] && (j == i || isNameToken(t.get(j)) || (afterHonorific || capsFamily) && isTaggedOrganizationWord(t.get(j))
                || j > i && isInitial(t, j))
            && j - i < 4 && !(j > i && (NameForms.TITLE_WORDS.contains(NameForms.key(t.get(j).word()))
                || doc.text().substring(t.get(j - 1).end(), t.get(j).start()).indexOf('\n') >= 0))) {
          j++;
        }
        if (j - i >= 2 && (appositiveTitleFollows(t, j) || honorificPrecedes(t, i))) {
          addCandidate(doc, s, i, j, out);
          for (int k = i; k < j; k++) {
            covered[k] = true;
          }
        }
        i = Math.max(i, j - 1);
      }
      if (upperCase(s, doc.original())) {
        for (Raw r : out) {
          if (r.sentence == s.index()) {
            int at = s.tokenAt(r.start);
            r.capitals = at > 0 && (CABLE_OFFICES.contains(NameForms.key(s.tokens().get(at - 1).word()))
                || s.tokens().get(at - 1).ner().equals("TITLE"));
          }
        }
      }
    }
    // "the situation in Cabo Delgado province ... families in Cabo Delgado": a name the text once calls a
    // province is a place wherever it stands
    Set<String> places = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int k = 1; k < t.size(); k++) {
        if (!PLACE_NOUNS.contains(NameForms.key(t.get(k).word()))) {
          continue;
        }
        int from = k;
        while (from > 0 && k - from < 8 && (t.get(from - 1).pos().startsWith("NNP") || t.get(from - 1).pos().equals("HYPH"))) {
          from--;
        }
        if (from < k) {
          // the words as written, as a person's candidate keeps them ("Tonga-Hunga" one word)
          String run = doc.text().substring(t.get(from).start(), t.get(k - 1).end());
          places.add(keyOf(List.of(run.trim().split("\\s+"))));
        }
      }
    }
    out.removeIf(r -> places.contains(keyOf(r.tokens)));
    return out;
  }

  /** Words as one lookup key, each folded by {@link NameForms#key}. */
  private static String keyOf(List<String> words) {
    return String.join(" ", words.stream().map(NameForms::key).toList());
  }

  /** Whether a sentence is written in capitals, as telegrams and cables are. */
  private static boolean upperCase(Sentence s, String text) {
    String x = s.text(text);
    long letters = x.chars().filter(Character::isLetter).count();
    long upper = x.chars().filter(Character::isUpperCase).count();
    return letters >= 20 && upper >= 0.9 * letters;
  }

  /** Offices that a cable writes right before a person's name: "SECRETARY VANCE", "AMBASSADOR JOHN DOE". */
  private static final Set<String> CABLE_OFFICES =
      Set.of("ambassador", "secretary", "minister", "president", "premier", "chairman", "governor", "senator", "congressman",
          "undersecretary", "administrator", "charge", "counselor", "consul", "king", "queen", "prince", "mr", "mrs", "ms", "mr.",
          "mrs.", "ms.", "dr", "dr.");

  /**
   * A family name written in capitals before a given name in mixed case, as Korean and Japanese
   * releases write them ("CHO Tae-yul", "KAMIKAWA Yoko"), whatever the tagger made of it.
   */
  private boolean isCapsFamilyName(List<Token> t, int i) {
    String w = t.get(i).word();
    if (i + 1 >= t.size() || !w.matches("\\p{Lu}{2,}") || t.get(i).ner().equals("COUNTRY") || t.get(i).ner().equals("NATIONALITY")
        || kb.organization(w).isPresent() || kb.countryByName(w).isPresent()) {
      return false; // "WFP Gulf", "USA Today": an acronym, not a family name
    }
    Token next = t.get(i + 1);
    return next.word().matches("\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?") && next.start() - t.get(i).end() == 1
        && !NameForms.ORG_WORDS.contains(NameForms.key(next.word())) && !next.ner().equals("LOCATION") && !next.ner().equals("COUNTRY")
        && !NameForms.TITLE_WORDS.contains(NameForms.key(next.word()));
  }

  /** A capitalized word the tagger put in an organization that no organization's name uses ("Farrell", not "Council"). */
  private static boolean isTaggedOrganizationWord(Token t) {
    String w = t.word();
    return t.ner().equals("ORGANIZATION") && t.pos().startsWith("NNP") && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'') && !NameForms.ORG_WORDS.contains(NameForms.key(w));
  }

  private static boolean isNameToken(Token t) {
    String w = t.word();
    return t.pos().startsWith("NNP") && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
        && (t.ner().equals("O") || t.ner().equals("PERSON") || t.ner().equals("MISC"));
  }

  /**
   * Where a person's name starts inside an organization mention that the tagger ran on into the
   * name after it ("Agence Francaise de Developpement Remy Rioux", "FSM Eiichi Suzuki"): the token
   * after the longest known organization or country that opens the mention, when at least two
   * name words follow; else -1.
   */
  private int nameAfterOrganization(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    boolean titled = false;
    for (int i = m.firstToken() - 1; i >= Math.max(0, m.firstToken() - 3); i--) {
      titled |= t.get(i).ner().equals("TITLE");
    }
    if (!titled) {
      return -1; // only after an office: "CEO Agence ... Remy Rioux", "Ambassador to the FSM Eiichi Suzuki"
    }
    for (int k = m.endToken() - 2; k > m.firstToken(); k--) {
      String prefix = words(s.tokens(), m.firstToken(), k);
      if (kb.organization(prefix).isEmpty() && kb.countryByName(prefix).isEmpty() && !endsWithOfCountry(t, m.firstToken(), k)) {
        continue;
      }
      for (int i = k; i < m.endToken(); i++) {
        String w = t.get(i).word();
        boolean nameLike = t.get(i).pos().startsWith("NNP") && Character.isUpperCase(w.charAt(0))
            && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
        if (!nameLike && !isInitial(t, i) || NameForms.ORG_WORDS.contains(NameForms.key(t.get(i).word()))
            || NameForms.PORTFOLIO_WORDS.contains(NameForms.key(t.get(i).word())) || NameForms.TITLE_WORDS.contains(NameForms.key(t.get(i).word()))) {
          return -1;
        }
      }
      return k;
    }
    return -1;
  }

  /** The words of tokens [from, end) joined by single spaces. */
  private static String words(List<Token> t, int from, int end) {
    StringBuilder b = new StringBuilder();
    for (int x = from; x < end; x++) {
      b.append(x > from ? " " : "").append(t.get(x).word());
    }
    return b.toString();
  }

  /** "Foreign Affairs and Trade of Hungary": tokens [from, k) end in "of" and a country's name. */
  private boolean endsWithOfCountry(List<Token> t, int from, int k) {
    for (int c = k - 1; c > from && k - c <= 4; c--) {
      if (NameForms.key(t.get(c - 1).word()).equals("of") || NameForms.key(t.get(c - 1).word()).equals("the") && c - 2 > from
          && NameForms.key(t.get(c - 2).word()).equals("of")) {
        if (kb.countryByName(words(t, c, k)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "D." in "Carlson D. Apis": an initial between two words of a name. */
  private static boolean isInitial(List<Token> t, int j) {
    return t.get(j).word().matches("\\p{Lu}\\.") && j + 1 < t.size() && isNameToken(t.get(j + 1));
  }

  private static boolean appositiveTitleFollows(List<Token> t, int j) {
    if (j >= t.size() || !t.get(j).word().equals(",")) {
      return false;
    }
    for (int k = j + 1; k < Math.min(t.size(), j + 5); k++) {
      if (t.get(k).ner().equals("TITLE")) {
        return true;
      }
      String p = t.get(k).pos();
      if (!(p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN"))) {
        return false;
      }
    }
    return false;
  }

  private boolean honorificPrecedes(List<Token> t, int i) {
    if (i == 0) {
      return false;
    }
    String prev = NameForms.key(t.get(i - 1).word());
    // "Prime Minister X Y", and "Secretary of Foreign Affairs X Y": a title phrase ending right before
    for (int k = i - 1; k >= Math.max(0, i - 14); k--) {
      Token x = t.get(k);
      String w = NameForms.key(x.word());
      if (x.ner().equals("TITLE") && Character.isUpperCase(x.word().charAt(0))) {
        return true;
      }
      // "Minister of Foreign Affairs of the Republic of X Y Z": the office's country is part of the phrase
      boolean titleWord = Character.isUpperCase(x.word().charAt(0)) && (x.ner().equals("O") || x.ner().equals("MISC") || x.ner().equals("COUNTRY"));
      if (!titleWord && !Set.of("of", "for", "and", "the", "to").contains(w)) {
        break;
      }
    }
    return prev.equals("h.e.") || prev.equals("excellency") || prev.equals("mr.") || prev.equals("ms.") || prev.equals("mrs.")
        || prev.equals("dr.") || prev.equals("hon") || prev.equals("hon.") || prev.equals("honourable") || prev.equals("honorable");
  }

  /** The lower-case rest of a hyphenated given name: "-yul" in "Tae-yul", "-soo" in "Duck-soo". */
  private static final Pattern SYLLABLE_AFTER = Pattern.compile("-\\p{Ll}{2,}(?![\\p{L}-])");

  private void addCandidate(Annotated doc, Sentence s, int first, int end, List<Raw> out) {
    List<Token> t = s.tokens();
    // words as written, so that "Tae-yul" stays one word although the tokenizer split it
    int textEnd = t.get(end - 1).end();
    Matcher rest = SYLLABLE_AFTER.matcher(doc.text()).region(textEnd, Math.min(doc.text().length(), textEnd + 20));
    if (rest.lookingAt()) {
      textEnd = rest.end(); // "Cho Tae-yul" tagged only up to "Tae": the name's second syllable after the hyphen
    }
    List<String> words = new ArrayList<>(List.of(doc.text().substring(t.get(first).start(), textEnd).trim().split("\\s+")));
    // strip honorifics, title words and demonyms from the front, possessives from the back
    List<String> name = stripFront(withoutOrganization(words));
    if (name.isEmpty()) {
      return;
    }
    if (first > 0 && NameForms.key(t.get(first - 1).word()).equals("of")) {
      // "Minister of Foreign Affairs of Viet Nam Bui Thanh Son": the title's country, then the name
      for (int n = Math.min(4, name.size() - 2); n >= 1; n--) {
        if (kb.countryByName(String.join(" ", name.subList(0, n))).isPresent()) {
          name = name.subList(n, name.size());
          break;
        }
      }
    }
    if (first > 0 && STORMS.contains(NameForms.key(t.get(first - 1).word())) || words.stream().anyMatch(w -> STORMS.contains(NameForms.key(w)))) {
      return; // "Cyclone Harold", "Typhoon Haiyan": weather, not persons
    }
    if (first > 0 && Character.isUpperCase(t.get(first - 1).word().charAt(0)) && NAMED_PLACES.contains(NameForms.key(t.get(first - 1).word()))) {
      return; // "the Building Administratif X Y", "Stadium X Y": a place named after a person
    }
    if (namesAPlace(name)) {
      return; // "Ho Chi Minh-Moc Bai": a road between two places
    }
    if (name.stream().anyMatch(w -> GREETINGS.contains(NameForms.key(w)))) {
      return; // "Namaste Friends": a greeting that opens a speech
    }
    for (String w : name) {
      if (NameForms.ORG_WORDS.contains(NameForms.key(w)) || NameForms.PORTFOLIO_WORDS.contains(NameForms.key(w))) {
        return;
      }
    }
    if (name.stream().anyMatch(w -> !Character.isLetter(w.charAt(0)))) {
      return;
    }
    for (int k = end; k < Math.min(t.size(), end + 4); k++) {
      if (PLACE_NOUNS.contains(NameForms.key(t.get(k).word()))) {
        return; // "Quang Nam and Quang Ngai provinces": places, whatever the tagger said
      }
      if (!(t.get(k).pos().startsWith("NNP") || NameForms.key(t.get(k).word()).equals("and"))) {
        break;
      }
    }
    if (end < t.size() && t.get(end).word().startsWith("Declassified")) {
      return; // the reviewer's name in a declassification stamp ("... Declassified/Released US Department of State ...")
    }
    if (end < t.size() - 2 && t.get(end).word().equals(",") && t.get(end + 1).ner().equals("DATE") && first == 0) {
      return; // "Ha Noi, 22 June 2023 -": a dateline's place
    }
    if (kb.countryByName(String.join(" ", name)).isPresent() || kb.countryByCity(String.join(" ", name)).isPresent()) {
      return; // "Viet Nam", "Phnom Penh": places the tagger took for persons
    }
    List<String> folded = new ArrayList<>();
    for (String w : name) {
      folded.add(NameForms.foldCase(w));
    }
    int cut = tokenIndexOfWord(doc.text(), t, first, end, words.size() - name.size());
    int start = t.get(first + cut).start();
    int endChar = t.get(end - 1).end();
    out.add(new Raw(s.index(), start, endChar, folded, titleBefore(t, first + cut), gender(t, first + cut)));
  }

  /** "Agence Francaise de Developpement Remy Rioux": the words after a known organization's name that opens the mention. */
  private List<String> withoutOrganization(List<String> words) {
    for (int k = words.size() - 2; k >= 1; k--) {
      String prefix = String.join(" ", words.subList(0, k));
      if (kb.organization(prefix).isPresent()) {
        return new ArrayList<>(words.subList(k, words.size()));
      }
    }
    return words;
  }

  /** Whether a hyphenated part of the name is a known place: "Ho Chi Minh-Moc Bai", "Phnom Penh-Bavet". */
  private boolean namesAPlace(List<String> name) {
    String joined = String.join(" ", name);
    if (!joined.contains("-")) {
      return false;
    }
    for (String piece : joined.split("-")) {
      String p = piece.trim();
      if (p.contains(" ") && (kb.countryByCity(p).isPresent() || kb.countryByCity(p + " City").isPresent() || kb.countryByName(p).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /** Offices that end a title run into a name: "Dewan Rakyat Speaker Tan Sri X", "Kenya Airways Chairman X". */
  private static final Set<String> OFFICE_HEADS = Set.of("speaker", "minister", "president", "ambassador", "secretary", "chairman",
      "chairwoman", "governor", "senator", "premier", "chancellor", "envoy", "mayor", "spokesperson", "spokesman", "director");

  private List<String> stripFront(List<String> words) {
    List<String> w = new ArrayList<>();
    for (String x : words) {
      w.addAll(NameForms.tokens(x));
    }
    int office = w.size() - 3;
    while (office >= 1 && !OFFICE_HEADS.contains(NameForms.key(w.get(office)))) {
      office--;
    }
    if (office >= 1 && kb.byName(String.join(" ", w)).isEmpty()) {
      w = new ArrayList<>(w.subList(office + 1, w.size())); // the name after the office its run of capitals ends on
    }
    boolean changed = true;
    while (changed && !w.isEmpty()) {
      changed = false;
      if (w.size() >= 2 && !kb.byName(String.join(" ", w)).isEmpty()) {
        break; // a known name that starts with a title-like word: "Sheikh Hasina"
      }
      if (w.size() >= 3 && PATRONYMIC.contains(NameForms.key(w.get(1)))) {
        break; // "Sultan bin Abdulrahman Al-Marshad": a given name before "bin", whatever else the word can be
      }
      String joined = NameForms.key(String.join(" ", w));
      for (String h : honorifics) {
        if (joined.startsWith(h + " ") || joined.equals(h)) {
          int n = h.split(" ").length;
          w = new ArrayList<>(w.subList(Math.min(n, w.size()), w.size()));
          changed = true;
          break;
        }
      }
      if (!changed && !w.isEmpty()) {
        String k = NameForms.key(w.get(0));
        if (NameForms.TITLE_WORDS.contains(k) || NameForms.TITLE_WORDS.contains(k.replace(".", ""))
            || (w.size() > 1 && kb.countryByName(w.get(0)).isPresent()) || !Character.isLetter(w.get(0).charAt(0))
            || Character.isLowerCase(w.get(0).charAt(0))
            || w.size() > 2 && (NameForms.PORTFOLIO_WORDS.contains(k) || k.equals("law") || k.equals("justice"))) {
          // "Minister for Foreign Affairs and Law K Shanmugam": the end of a portfolio before the name
          w = new ArrayList<>(w.subList(1, w.size()));
          changed = true;
        }
      }
    }
    return w;
  }

  /** The index, relative to {@code first}, of the token that starts the {@code skip}-th whitespace word. */
  private static int tokenIndexOfWord(String text, List<Token> t, int first, int end, int skip) {
    int words = 0;
    for (int i = first; i < end; i++) {
      if (i > first && t.get(i).start() > t.get(i - 1).end()) {
        words++;
      }
      if (words == skip) {
        return i - first;
      }
    }
    return end - 1 - first;
  }

  /** The office words directly before a name: "Cambodian Prime Minister H.E. Xxx" gives "Prime Minister". */
  private String titleBefore(List<Token> t, int nameStart) {
    int i = nameStart - 1;
    // skip honorifics written before the name
    while (i >= 0 && (isHonorificWord(t.get(i).word()) || t.get(i).word().equals("."))) {
      i--;
    }
    if (i > 0 && t.get(i).word().equals(",")) {
      return titleBeforeComma(t, i);
    }
    int end = i + 1;
    // "Minister of Foreign Affairs of the Republic of X Y Z": the office's country, then the name
    int c = i;
    while (c >= 0 && (t.get(c).ner().equals("COUNTRY") || t.get(c).ner().equals("STATE_OR_PROVINCE"))) {
      c--;
    }
    if (c < i) {
      int of = c >= 0 && NameForms.key(t.get(c).word()).equals("the") ? c - 1 : c;
      if (of > 0 && NameForms.key(t.get(of).word()).equals("of") && (t.get(of - 1).ner().equals("TITLE") || officeWord(t.get(of - 1))
          || Character.isUpperCase(t.get(of - 1).word().charAt(0)) && t.get(of - 1).pos().startsWith("NN") && t.get(of - 1).ner().equals("O"))) {
        i = of - 1;
      }
    }
    while (i >= 0) {
      Token x = t.get(i);
      String k = NameForms.key(x.word());
      boolean titleish =
          x.ner().equals("TITLE") || (Character.isUpperCase(x.word().charAt(0)) && x.pos().startsWith("NN") && !x.ner().equals("COUNTRY")
              && !x.ner().equals("NATIONALITY") && !x.ner().equals("PERSON"))
              || ((k.equals("for") || k.equals("of") || k.equals("and")) && i > 0 && Character.isUpperCase(t.get(i - 1).word().charAt(0)))
              || listComma(t, i, end);
      if (!titleish || kb.countryByName(x.word()).isPresent() || isHonorificWord(x.word())) {
        break;
      }
      i--;
    }
    int start = i + 1;
    while (start < end && Set.of("for", "of", "and").contains(NameForms.key(t.get(start).word()))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (b.length() > 0 && !t.get(k).word().equals(",")) {
        b.append(' ');
      }
      b.append(t.get(k).word());
    }
    String title = b.toString();
    return title.chars().anyMatch(Character::isLowerCase) && Character.isUpperCase(title.charAt(0)) ? title : null;
  }

  /** A capitalized word of an office's name ("Foreign", "Deputy", "Prime"), not a determiner. */
  private static boolean officeWord(Token x) {
    String k = NameForms.key(x.word());
    return Character.isUpperCase(x.word().charAt(0)) && NameForms.TITLE_WORDS.contains(k) && !Set.of("the", "his", "her", "he", "new", "former", "late").contains(k);
  }

  /**
   * "the Prime Minister of the Federal Republic of X, Dr. Y Z", "the Ambassador of X to Y, H.E. Z":
   * an office with its country set off by a comma before the name. The phrase must start with an
   * office word the tagger marks as a title, after a lower-case word or the start of the sentence.
   */
  private String titleBeforeComma(List<Token> t, int comma) {
    // "the Prime Minister of X His Excellency, Dr. Y": the honorifics before the comma are not the office's
    while (comma > 0 && isHonorificWord(t.get(comma - 1).word())) {
      comma--;
    }
    int start = -1;
    for (int k = comma - 1; k >= Math.max(0, comma - 18); k--) {
      Token x = t.get(k);
      String w = x.word();
      // "Minister of Foreign Affairs, International Cooperation and ..., Dr. Y": a ministry's list of portfolios
      boolean inPhrase = Character.isUpperCase(w.charAt(0)) || Set.of("of", "the", "and", "for", "to", "'s", "’s").contains(w)
          || listComma(t, k, comma);
      if (!inPhrase) {
        break;
      }
      if (x.ner().equals("TITLE") && (k == 0 || !Character.isUpperCase(t.get(k - 1).word().charAt(0)) || t.get(k - 1).ner().equals("TITLE")
          || t.get(k - 1).ner().equals("NATIONALITY") || isHonorificWord(t.get(k - 1).word()) || officeWord(t.get(k - 1)))) {
        start = k;
      }
    }
    if (start < 0) {
      return null;
    }
    // "the Foreign Minister, Mr X": office words the tagger left out of the title before it
    while (start > 0 && (t.get(start - 1).ner().equals("TITLE") || officeWord(t.get(start - 1)))) {
      start--;
    }
    StringBuilder b = new StringBuilder();
    for (int k = start; k < comma; k++) {
      if (b.length() > 0 && !t.get(k).word().equals("'s") && !t.get(k).word().equals("’s") && !t.get(k).word().equals(",")) {
        b.append(' ');
      }
      b.append(t.get(k).word());
    }
    String title = b.toString();
    return title.chars().anyMatch(Character::isLowerCase) ? title : null;
  }

  /**
   * A comma inside a ministry's list of portfolios: "Minister of Trade, Industry and Energy",
   * "Minister of Foreign Affairs, International Cooperation and ...": capitalized words on both
   * sides, an "of" or "for" before it and an "and" after it before the name.
   */
  private static boolean listComma(List<Token> t, int i, int end) {
    if (!t.get(i).word().equals(",") || i < 2 || i + 1 >= end || !Character.isUpperCase(t.get(i - 1).word().charAt(0))
        || !Character.isUpperCase(t.get(i + 1).word().charAt(0))) {
      return false;
    }
    boolean and = false;
    for (int k = i + 1; k < end; k++) {
      and |= t.get(k).word().equals("and");
    }
    boolean ofBefore = false;
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      String w = t.get(k).word();
      if (w.equals("of") || w.equals("for")) {
        ofBefore = true;
        break;
      }
    }
    return and && ofBefore;
  }

  /** 'F' or 'M' when an honorific just before the name tells ("Ms.", "Her Excellency", "Mr."), else '?'. */
  private static char gender(List<Token> t, int nameStart) {
    for (int i = nameStart - 1; i >= Math.max(0, nameStart - 4); i--) {
      String k = NameForms.key(t.get(i).word());
      if (Set.of("ms.", "ms", "mrs.", "mrs", "madam", "madame", "mme.", "dame", "lady", "queen", "princess", "chumteav").contains(k)
          || k.equals("her") && i + 1 < t.size() && NameForms.key(t.get(i + 1).word()).equals("excellency")) {
        return 'F';
      }
      if (Set.of("mr.", "mr", "sir", "lord", "king", "prince", "samdech", "samdach").contains(k)
          || k.equals("his") && i + 1 < t.size() && NameForms.key(t.get(i + 1).word()).equals("excellency")) {
        return 'M';
      }
    }
    return '?';
  }

  private boolean isHonorificWord(String w) {
    return honorificWords.contains(NameForms.key(w));
  }

  // ------------------------------------------------------------------ grouping

  /** One real-world person being assembled. */
  private static final class Entity {
    final List<String> tokens;
    final List<Raw> raws = new ArrayList<>();
    final Map<String, Integer> formCounts = new LinkedHashMap<>();
    final Set<String> forms = new LinkedHashSet<>();
    Officeholder kb;
    String title;
    char gender = '?';

    Entity(List<String> tokens) {
      this.tokens = tokens;
    }

    void add(Raw r) {
      raws.add(r);
      String form = String.join(" ", r.tokens);
      forms.add(form);
      if (r.tokens.size() >= 2) {
        formCounts.merge(form, 1, Integer::sum);
      }
      if (gender == '?') {
        gender = r.gender;
      }
      if (r.title != null && (title == null || r.title.length() > title.length())) {
        title = r.title;
      }
    }

    String canonical() {
      if (kb != null) {
        // the knowledge base's name, in the text's letters where the knowledge base folds them ("Péter Szijjártó")
        List<String> known = KnowledgeBase.nameWords(kb.name());
        for (String form : formCounts.keySet()) {
          if (!form.chars().allMatch(c -> c < 128) && KnowledgeBase.nameWords(form).equals(known)) {
            return form;
          }
        }
        for (String form : formCounts.keySet()) {
          if (PATRONYMIC_CHAIN.matcher(form).find() && !PATRONYMIC_CHAIN.matcher(kb.name()).find()) {
            return form; // "Mohammed bin Salman bin Abdulaziz Al Saud": the full chain the text gives, which the short form only begins
          }
        }
        return kb.name();
      }
      String common = formCounts.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparing(e -> -e.getKey().split(" ").length))
          .map(Map.Entry::getKey)
          .orElse(String.join(" ", tokens));
      // "his counterpart Luis Lacalle Pou ... Lacalle Pou said": the full name the text gives first, when
      // the usual form is its last words
      for (String form : formCounts.keySet()) {
        List<String> words = List.of(form.split(" "));
        List<String> usual = List.of(common.split(" "));
        if (words.size() == usual.size() + 1 && words.subList(1, words.size()).equals(usual)) {
          return form;
        }
      }
      return common;
    }
  }

  private List<Entity> group(List<Raw> raws) {
    List<Entity> entities = new ArrayList<>();
    Map<Set<String>, Entity> byKey = new HashMap<>();
    // full names first, so that surnames can attach to them
    for (Raw r : raws) {
      if (r.tokens.size() < 2) {
        continue;
      }
      Set<String> key = keySet(r.tokens);
      Entity e = byKey.get(key);
      if (e == null) {
        // a longer form of a known name ("Thipadei Hun Manet") or a shorter one joins it
        for (Entity x : entities) {
          Set<String> xk = keySet(x.tokens);
          if ((xk.containsAll(key) || key.containsAll(xk)) && Math.min(xk.size(), key.size()) >= 2) {
            e = x;
            break;
          }
        }
      }
      if (e == null) {
        e = new Entity(r.tokens);
        entities.add(e);
      }
      byKey.put(key, e);
      e.add(r);
    }
    for (Raw r : raws) {
      if (r.tokens.size() != 1) {
        continue;
      }
      String k = NameForms.key(r.tokens.get(0));
      Entity hit = null;
      int hits = 0;
      for (Entity e : entities) {
        if (keySet(e.tokens).contains(k)) {
          hit = e;
          hits++;
        }
      }
      if (hits == 0 && k.length() >= 5) {
        // "Manolo" after "Enrique Manalo": a one-letter typo of a word of one full name is that name
        for (Entity e : entities) {
          if (e.tokens.size() >= 2 && e.tokens.stream().anyMatch(x -> NameForms.key(x).length() >= 5 && NameForms.distance(NameForms.key(x), k, 1) == 1)) {
            hit = e;
            hits++;
          }
        }
        if (hits > 1) {
          hit = null;
          hits = 0;
        }
      }
      if (hits == 1) {
        hit.add(r);
      } else if (hits == 0) {
        Entity e = new Entity(r.tokens);
        e.add(r);
        entities.add(e);
      }
    }
    return entities;
  }

  private static final Set<String> CALENDAR_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
          "may", "june", "july", "august", "september", "october", "november", "december");

  /**
   * "Dung met the Prime Minister" after "Prime Minister Nguyen Tan Dung arrived": one word of a
   * full name given earlier, standing alone where the tagger saw no person, is that person again.
   * Only a word that belongs to one full name in the document, written with a capital, between
   * words that are not names themselves.
   */
  private void addShortForms(Annotated doc, List<Raw> raws, List<Entity> entities) {
    Map<String, Entity> byWord = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Entity e : entities) {
      if (e.tokens.size() < 2) {
        continue;
      }
      for (String w : keySet(e.tokens)) {
        if (w.length() >= 3 && !CALENDAR_WORDS.contains(w) && !NameForms.TITLE_WORDS.contains(w) && !isHonorificWord(w)) {
          Entity before = byWord.putIfAbsent(w, e);
          if (before != null && before != e) {
            shared.add(w);
          }
        }
      }
    }
    shared.forEach(byWord::remove);
    if (byWord.isEmpty()) {
      return;
    }
    List<Raw> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        Entity e = byWord.get(NameForms.key(tok.word()));
        // the tagger may take a rare name for a noun ("Dung also visited"): then it must act as a subject
        boolean nameLike = isNameToken(tok) || tok.pos().equals("NN") && Character.isUpperCase(tok.word().charAt(0))
            && i + 1 < t.size() && (t.get(i + 1).pos().startsWith("VB") || t.get(i + 1).pos().equals("MD") || t.get(i + 1).pos().equals("RB"));
        if (e == null || !nameLike || !Character.isLowerCase(tok.word().charAt(tok.word().length() - 1))
            || i > 0 && isCapitalized(t.get(i - 1)) && !titleWord(t.get(i - 1))
            || i + 1 < t.size() && isCapitalized(t.get(i + 1)) || covered(raws, s.index(), tok)) {
          continue;
        }
        Raw r = new Raw(s.index(), tok.start(), tok.end(), List.of(NameForms.foldCase(tok.word())), null, '?');
        e.add(r);
        added.add(r);
      }
    }
    raws.addAll(added);
  }

  /** "Minister" in "Minister Son", "President" in "President Samia": a title or honorific before a short form. */
  private boolean titleWord(Token t) {
    String w = NameForms.key(t.word());
    return NameForms.TITLE_WORDS.contains(w) || isHonorificWord(w);
  }

  private static boolean isCapitalized(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NNP");
  }

  private static boolean covered(List<Raw> raws, int sentence, Token tok) {
    for (Raw r : raws) {
      if (r.sentence == sentence && r.start < tok.end() && tok.start() < r.end) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> keySet(List<String> tokens) {
    Set<String> s = new LinkedHashSet<>();
    for (String t : tokens) {
      s.add(NameForms.key(t));
    }
    return s;
  }

  /** Folds names one edit apart ("Huns Sen", "Hun Sen") into the better-attested form. */
  private void mergeTypos(List<Entity> entities) {
    for (int i = 0; i < entities.size(); i++) {
      for (int j = i + 1; j < entities.size(); j++) {
        Entity a = entities.get(i);
        Entity b = entities.get(j);
        boolean sameKb = a.kb != null && b.kb != null && a.kb.name().equals(b.kb.name());
        boolean typo = a.tokens.size() >= 2 && NameForms.nameDistance(a.tokens, b.tokens, 1) == 1 && (a.kb == null || b.kb == null);
        if (sameKb || typo) {
          Entity keep = a.kb != null || (b.kb == null && a.raws.size() >= b.raws.size()) ? a : b;
          Entity drop = keep == a ? b : a;
          for (Raw r : drop.raws) {
            keep.add(r);
          }
          if (keep.kb == null) {
            keep.kb = drop.kb;
          }
          entities.remove(drop);
          j = i;
        }
      }
    }
  }

  private void matchKnowledge(Entity e, LocalDate day) {
    Officeholder best = null;
    int bestScore = Integer.MAX_VALUE;
    List<String> candidates = new ArrayList<>(e.formCounts.keySet());
    if (candidates.isEmpty()) {
      candidates.add(String.join(" ", e.tokens));
    }
    for (String c : candidates) {
      if (NameForms.tokens(c).size() < 2) {
        continue;
      }
      for (Officeholder o : kb.byName(c)) {
        int score = day != null && o.heldOn(day) ? 0 : 1;
        if (score < bestScore) {
          bestScore = score;
          best = o;
        }
      }
    }
    if (best != null) {
      e.kb = best;
      return;
    }
    for (Officeholder o : kb.officeholders()) {
      List<String> names = new ArrayList<>(o.variants());
      names.add(o.name());
      for (String n : names) {
        List<String> nt = NameForms.tokens(n);
        for (String c : candidates) {
          List<String> ct = NameForms.tokens(c);
          int d;
          if (ct.size() == 1) {
            continue; // a surname alone is resolved below, only with a matching title
          }
          d = NameForms.nameDistance(ct, nt, 1);
          if (d <= 1) {
            // prefer exact names, then terms held at the document's date
            int score = d * 10 + (day != null && o.heldOn(day) ? 0 : 1);
            if (score < bestScore) {
              bestScore = score;
              best = o;
            }
          }
        }
      }
    }
    if (best == null && e.tokens.size() == 1 && e.title != null) {
      // "President Obama": one officeholder with that surname and that office
      best = onlyOneWithSurname(NameForms.key(e.tokens.get(0)), o -> titleFits(e.title, o.title()), day, false);
    }
    if (best == null && e.tokens.size() == 1 && e.title == null && day != null && NameForms.key(e.tokens.get(0)).length() >= 4) {
      // "Meets Putin": the one person of that surname the knowledge base knows, in office on the day
      best = onlyOneWithSurname(NameForms.key(e.tokens.get(0)), o -> true, day, true);
    }
    e.kb = best;
  }

  /**
   * The officeholder, when exactly one person of the knowledge base has this family name and an
   * office that {@code fits}: the term held on {@code day} if any, else (unless {@code inOffice})
   * the first term found.
   */
  private Officeholder onlyOneWithSurname(String surname, java.util.function.Predicate<Officeholder> fits, LocalDate day, boolean inOffice) {
    Set<String> people = new LinkedHashSet<>();
    Set<String> peopleInOffice = new LinkedHashSet<>();
    Officeholder hit = null;
    Officeholder firstInOffice = null;
    for (Officeholder o : bySurname.getOrDefault(surname, List.of())) {
      if (fits.test(o)) {
        people.add(o.name());
        boolean held = day != null && o.heldOn(day);
        if (held || hit == null && !inOffice) {
          hit = o;
        }
        if (held) {
          peopleInOffice.add(o.name());
          firstInOffice = firstInOffice == null ? o : firstInOffice;
        }
      }
    }
    if (people.size() > 1 && day != null) {
      // "President Marcos" in 2024: of two presidents of that name, the one in office on the day
      return peopleInOffice.size() == 1 ? firstInOffice : null;
    }
    return people.size() == 1 ? hit : null;
  }

  private static boolean titleFits(String textTitle, String kbTitle) {
    String a = textTitle.toLowerCase(Locale.ROOT);
    String b = kbTitle.toLowerCase(Locale.ROOT);
    for (String w : new String[] {"president", "prime", "king", "queen", "chancellor", "secretary", "foreign"}) {
      if (a.contains(w) && b.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ countries

  private Map<String, Integer> countryCounts(Annotated doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        if (m.type().equals("COUNTRY") || m.type().equals("NATIONALITY")) {
          kb.countryNamedAt(doc.text(), m.start(), m.end()).ifPresent(c -> counts.merge(c.alpha3(), 1, Integer::sum));
        }
      }
    }
    return counts;
  }

  private boolean mentionsOtherCountry(String title) {
    for (String w : title.split("[\\s,]+")) {
      if (kb.countryByName(w).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\b(?:spokes(?:person|man|woman)|press\\s+secretary)\\b");

  /**
   * A briefing is issued from the country its spokesperson speaks for: "Official Spokesperson, Shri
   * X" (the honorific tells India) names the home of a note whose ministers go unnamed.
   */
  private static String homeFromSpokesperson(String text, List<Entity> entities, Map<Entity, String> stated) {
    for (Entity e : entities) {
      String c = stated.get(e);
      if (c == null || Affiliation.INTERNATIONAL.equals(c)) {
        continue;
      }
      for (Raw r : e.raws) {
        String before = text.substring(Math.max(0, r.start - 40), r.start);
        if (e.title != null && SPOKESPERSON.matcher(e.title).find() || SPOKESPERSON.matcher(before).find()) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * A document that names its own officeholders without their country ("Foreign Minister X met
   * the Minister of Foreign Affairs of Malaysia") speaks from their country: the country of the
   * first person known to the knowledge base whose title names no country.
   */
  private String homeFromOfficeholders(List<Entity> entities, Map<Entity, String> stated) {
    Entity first = null;
    for (Entity e : entities) {
      if (e.kb == null || e.title == null || stated.get(e) != null || mentionsOtherCountry(e.title) || e.kb.country() == null
          || e.kb.country().isEmpty()) {
        continue;
      }
      if (first == null || e.raws.get(0).start < first.raws.get(0).start) {
        first = e;
      }
    }
    return first == null ? null : first.kb.country();
  }

  /**
   * Whether every mention of the person is in a byline ("By X", or the name alone on its line in
   * the first lines) or a menu line ("X | Video | Search").
   */
  private static boolean onlyInFurniture(String text, Entity e) {
    for (Raw r : e.raws) {
      int from = text.lastIndexOf('\n', r.start) + 1;
      int to = text.indexOf('\n', r.end);
      String line = text.substring(from, to < 0 ? text.length() : to).trim();
      String before = text.substring(from, r.start).trim();
      boolean byline = before.matches("(?i)(?:.*\\|\\s*)?(?:by|reported by|written by|reporting by|photo by|photos by|story by)");
      boolean menu = line.split("\\s\\|\\s").length >= 3;
      // a name alone on its line under the headline: the author's
      boolean author = from < 600 && line.equals(text.substring(r.start, r.end).trim()) && line.split("\\s+").length <= 4;
      // the author's note at the end: "X is a reporter at ..."
      boolean bio = text.substring(r.end, Math.min(text.length(), r.end + 60))
          .matches("(?is)\\s+is\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:reporter|writer|journalist|correspondent|editor|photographer|columnist|contributor)\\b.*");
      if (!byline && !menu && !author && !bio) {
        return false;
      }
    }
    return true;
  }

  private static boolean embassyStaff(Annotated doc, Raw r) {
    Sentence s = doc.sentences().get(r.sentence);
    int first = s.tokenAt(r.start);
    return first >= 0 && Affiliation.embassyStaff(s, first);
  }

  /** The country the text ties to the person's mentions: "Cambodian Prime Minister X", "X, ... of Japan". */
  private String contextCountry(Annotated doc, Entity e, Affiliation affiliation) {
    Map<String, Integer> votes = new HashMap<>();
    for (Raw r : e.raws) {
      Sentence s = doc.sentences().get(r.sentence);
      List<Token> t = s.tokens();
      int first = s.tokenAt(r.start);
      int last = s.tokenAt(r.end - 1);
      if (first < 0 || last < 0) {
        continue;
      }
      String before = affiliation.before(doc.text(), s, first);
      if (before != null) {
        votes.merge(before, 2, Integer::sum);
        continue;
      }
      String after = affiliation.after(doc.text(), s, last + 1);
      if (after != null) {
        votes.merge(after, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** The text's two most-named countries, the two sides of a table; empty when no second side stands out. */
  private static List<String> twoSides(Map<String, Integer> counts) {
    List<String> top = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .limit(3)
        .toList();
    if (top.size() < 2 || top.size() == 3 && counts.get(top.get(2)).equals(counts.get(top.get(1)))) {
      return List.of();
    }
    return top.subList(0, 2);
  }

  /** "signed by", "exchanged by", "between" a little before the first of two coordinated names. */
  private static final Pattern PAIR_LEAD = Pattern.compile("(?i)(?:\\b(?:signed|initialled|initialed|exchanged|inked)\\b[^.;:]{0,40}\\bby|\\bbetween)\\s[^.;:]{0,70}$");
  /** What may stand between two coordinated names: "and", then at most the second one's title. */
  private static final Pattern PAIR_LINK = Pattern.compile("(?i)^,?\\s+and\\s+[^.;:,]{0,90}$");

  /**
   * The country of a person named as the second party to a signing or a meeting whose first party
   * acts for a known country ("signed by the Qatari minister X and Minister of Energy Y", "between
   * X and Y"): the other of the text's two most-named countries, the two sides of the table.
   */
  private static String counterpart(String text, Entity e, List<Entity> entities, Map<Entity, String> stated, List<String> sides) {
    if (sides.isEmpty()) {
      return null;
    }
    for (Entity o : entities) {
      String other = o.kb != null ? o.kb.country() : stated.get(o);
      if (o == e || other == null || Affiliation.INTERNATIONAL.equals(other) || !sides.contains(other)) {
        continue;
      }
      for (Raw r : e.raws) {
        for (Raw q : o.raws) {
          if (q.sentence != r.sentence) {
            continue;
          }
          Raw a = q.start < r.start ? q : r;
          Raw b = a == q ? r : q;
          if (PAIR_LINK.matcher(text.substring(a.end, b.start)).find()
              && PAIR_LEAD.matcher(text.substring(Math.max(0, a.start - 120), a.start)).find()) {
            return sides.get(0).equals(other) ? sides.get(1) : sides.get(0);
          }
        }
      }
    }
    return null;
  }

  /**
   * A last, weak hint when the text ties a person to no country: a name of Japanese syllable shape
   * in a document about Japan; otherwise the document's most-mentioned country.
   */
  private static String originHint(Entity e, Map<String, Integer> countryCounts) {
    if (countryCounts.containsKey("JPN") && e.tokens.stream().allMatch(NameForms::japaneseRomanization)) {
      return "JPN";
    }
    return countryCounts.entrySet().stream()
        .filter(x -> !(x.getKey().equals("JPN") && countryCounts.size() > 1 && !e.tokens.stream().allMatch(NameForms::japaneseRomanization)))
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  // ------------------------------------------------------------------ pronouns

  /**
   * "The delegation led by H.E. X arrived ... the delegation was received by the King": a
   * delegation mentioned again within three sentences stands for the person who leads it.
   */
  private static void resolveDelegations(Annotated doc, List<ActorMention> mentions) {
    String leader = null;
    int ledAt = -1;
    List<ActorMention> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!NameForms.key(t.get(i).word()).equals("delegation")) {
          continue;
        }
        if (i + 2 < t.size() && Set.of("led", "headed").contains(NameForms.key(t.get(i + 1).word()))
            && NameForms.key(t.get(i + 2).word()).equals("by")) {
          int from = t.get(i + 2).end();
          ActorMention next = mentions.stream()
              .filter(m -> m.sentence() == s.index() && m.kind() == ActorKind.PERSON && !m.pronoun() && m.start() >= from
                  && m.start() - from <= 40)
              .min(Comparator.comparingInt(ActorMention::start)).orElse(null);
          if (next != null) {
            leader = next.actor();
            ledAt = s.index();
          }
        } else if (leader != null && s.index() > ledAt && s.index() - ledAt <= 3 && i > 0
            && Set.of("the", "his", "her").contains(NameForms.key(t.get(i - 1).word()))) {
          added.add(new ActorMention(leader, ActorKind.PERSON, s.index(), t.get(i).start(), t.get(i).end(), true));
        }
      }
    }
    mentions.addAll(added);
  }

  /** Words of a style of address after "His", "Her" or "Their": "His Highness", "Her Excellency". */
  private static final Set<String> STYLES =
      Set.of("highness", "excellency", "excellencies", "majesty", "majesties", "royal", "eminence", "holiness", "beatitude", "honour", "honor");

  /** he/she go to the last person named before; him/her to the last one not named earlier in the same sentence. */
  private static void resolvePronouns(Annotated doc, List<ActorMention> mentions, Map<String, Character> genders) {
    mentions.sort(Comparator.comparingInt(ActorMention::start));
    List<ActorMention> named = new ArrayList<>(mentions);
    for (Sentence s : doc.sentences()) {
      List<Token> toks = s.tokens();
      for (int ti = 0; ti < toks.size(); ti++) {
        Token tok = toks.get(ti);
        String k = NameForms.key(tok.word());
        if (ti + 1 < toks.size() && STYLES.contains(NameForms.key(toks.get(ti + 1).word()))) {
          continue; // "His Highness the President", "Her Excellency Dr. X": a style of address, no pronoun
        }
        if (tok.word().equals("HE") && !upperCase(s, doc.original())) {
          continue; // "HE Minister of Foreign Affairs X", "HE the President": His Excellency, abbreviated, in mixed-case text
        }
        boolean subject = SUBJECT_PRONOUNS.contains(k) || (k.equals("his") || k.equals("her") && tok.pos().equals("PRP$"));
        boolean object = OBJECT_PRONOUNS.contains(k) && tok.pos().equals("PRP");
        if (!subject && !object) {
          continue;
        }
        ActorMention hit = null;
        for (int i = named.size() - 1; i >= 0; i--) {
          ActorMention m = named.get(i);
          if (m.start() >= tok.start()) {
            continue;
          }
          if (s.index() - m.sentence() > 3) {
            break;
          }
          if (object && m.sentence() == s.index()) {
            continue; // "X met him": him is not X
          }
          char g = genders.getOrDefault(m.actor(), '?');
          char want = k.equals("she") || k.equals("her") ? 'F' : 'M';
          if (g != '?' && g != want) {
            continue;
          }
          hit = m;
          break;
        }
        if (hit != null) {
          mentions.add(new ActorMention(hit.actor(), ActorKind.PERSON, s.index(), tok.start(), tok.end(), true));
        }
      }
    }
  }

  /**
   * "The Honourable Minister", "the Prime Minister said": an office named without a name after a
   * person holding it was named is that person, when only one person named before holds an office
   * with all its words.
   */
  private static final Set<String> OFFICE_QUALIFIERS =
      Set.of("honourable", "honorable", "hon", "visiting", "outgoing", "incoming", "new", "then", "current", "former");

  /**
   * The holder of a home office named bare ("the Prime Minister"), when the knowledge base has one
   * holder throughout the period, else {@code null}.
   */
  private Actor homeHolder(List<String> words, String home, LocalDate first, LocalDate last) {
    if (first == null || last == null || words.stream().anyMatch(NOT_THE_HOLDER::contains)) {
      return null; // "the Vice President of Nigeria" is not its President
    }
    org.dyad.kb.Office office = words.contains("prime") || words.contains("premier") || words.contains("chancellor")
        ? org.dyad.kb.Office.HEAD_OF_GOVERNMENT
        : words.contains("foreign") ? org.dyad.kb.Office.FOREIGN_MINISTER
        : words.contains("president") || words.contains("king") || words.contains("queen") || words.contains("emir")
            || words.contains("sultan") ? org.dyad.kb.Office.HEAD_OF_STATE : null;
    if (office == null) {
      return null;
    }
    return kb.soleHolder(office, home, first, last).map(o -> new Actor(o.name(), ActorKind.PERSON, home, o.title(), List.of())).orElse(null);
  }

  /** Words that make an office another than its holder's: "the Vice President", "the former Prime Minister". */
  private static final Set<String> NOT_THE_HOLDER = Set.of("vice", "deputy", "former", "acting", "late");

  /** Offices a state has one holder of, whose bare mention at home means the home state's. */
  private static final Set<String> NATIONAL_OFFICES = Set.of("president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan");

  private void resolveTitles(Annotated doc, List<Actor> actors, List<ActorMention> mentions, String home, LocalDate from, LocalDate to) {
    Map<String, Integer> firstSeen = new HashMap<>();
    Map<String, Set<String>> offices = new HashMap<>();
    for (Actor a : actors) {
      if (a.kind() == ActorKind.PERSON && a.title() != null) {
        for (String w : a.title().split("[\\s,]+")) {
          offices.computeIfAbsent(a.name(), x -> new HashSet<>()).add(NameForms.key(w));
        }
      }
    }
    for (ActorMention m : mentions) {
      if (m.kind() == ActorKind.PERSON && !m.pronoun()) {
        firstSeen.merge(m.actor(), m.start(), Math::min);
        // the office words written around the name: "Minister of Foreign Affairs ..., Dr. X", "X, Ambassador of Y"
        Sentence s = doc.sentences().get(m.sentence());
        List<Token> t = s.tokens();
        int first = s.tokenAt(m.start());
        if (first < 0) {
          continue;
        }
        int last = first;
        while (last + 1 < t.size() && t.get(last + 1).start() < m.end()) {
          last++;
        }
        Set<String> words = offices.computeIfAbsent(m.actor(), x -> new HashSet<>());
        for (int k = first - 1; k >= Math.max(0, first - 15) && !t.get(k).ner().equals("PERSON"); k--) {
          if (t.get(k).ner().equals("TITLE")) {
            words.add(NameForms.key(t.get(k).word()));
          }
        }
        if (last + 1 < t.size() && t.get(last + 1).word().equals(",")) {
          for (int k = last + 2; k < Math.min(t.size(), last + 8) && !t.get(k).ner().equals("PERSON"); k++) {
            if (t.get(k).ner().equals("TITLE")) {
              words.add(NameForms.key(t.get(k).word()));
            }
          }
        }
      }
    }
    List<ActorMention> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        if (!NameForms.key(t.get(i).word()).equals("the")) {
          continue;
        }
        int j = i + 1;
        boolean visiting = false;
        while (j < t.size() && (isHonorificWord(t.get(j).word()) || OFFICE_QUALIFIERS.contains(NameForms.key(t.get(j).word())))
            && !t.get(j).ner().equals("TITLE")) {
          visiting |= NameForms.key(t.get(j).word()).equals("visiting");
          j++;
        }
        // "the Kenyan President", "the UAE President": the office of one country
        String of = null;
        if (j + 1 < t.size() && t.get(j + 1).ner().equals("TITLE") && !t.get(j).ner().equals("TITLE")) {
          of = kb.countryByName(t.get(j).word()).map(Country::alpha3).orElse(null);
          if (of != null) {
            j++;
          }
        }
        int k = j;
        while (k < t.size() && t.get(k).ner().equals("TITLE")) {
          k++;
        }
        if (of == null && k > j && k + 1 < t.size() && NameForms.key(t.get(k).word()).equals("of")) {
          // "the official visit of the President of Russia to Kazakhstan": with no name after it, the
          // office of that country is its holder on the document's days, when the knowledge base has one
          int[] country = countryAt(t, k + 1);
          if (country != null && (country[1] >= t.size() || !t.get(country[1]).ner().equals("PERSON"))) {
            List<String> office = new ArrayList<>();
            for (int x = j; x < k; x++) {
              office.add(NameForms.key(t.get(x).word()));
            }
            String code = kb.countryByName(doc.text().substring(t.get(country[0]).start(), t.get(country[1] - 1).end())).map(Country::alpha3).orElse(null);
            Actor holder = code == null ? null : homeHolder(office, code, from, to);
            if (holder != null) {
              // the holder as the text names them ("Sitiveni Ligamamada Rabuka" for "Sitiveni Rabuka")
              Set<String> keys = keySet(List.of(holder.name().split(" ")));
              Actor known = actors.stream().filter(a -> a.kind() == ActorKind.PERSON && (a.name().equals(holder.name())
                  || keySet(List.of(a.name().split(" "))).containsAll(keys))).findFirst().orElse(null);
              if (known == null) {
                actors.add(holder);
              }
              String name = known == null ? holder.name() : known.name();
              added.add(new ActorMention(name, ActorKind.PERSON, s.index(), t.get(j).start(), t.get(country[1] - 1).end(), true));
              i = country[1] - 1;
              continue;
            }
          }
        }
        int officeEnd = k;
        if (k > j && k + 2 < t.size() && NameForms.key(t.get(k).word()).equals("of") && NameForms.key(t.get(k + 1).word()).equals("the")
            && Set.of("republic", "nation", "state").contains(NameForms.key(t.get(k + 2).word()))
            && (k + 3 >= t.size() || !t.get(k + 3).pos().startsWith("NNP") && !NameForms.key(t.get(k + 3).word()).equals("of"))) {
          k += 3; // "the President of the Republic": the office of the state the text is from, named bare
        }
        if (k == j || k < t.size() && (t.get(k).pos().startsWith("NNP") || NameForms.key(t.get(k).word()).equals("of")
            || t.get(k).word().equals(",") && !(k + 1 < t.size() && Set.of("who", "whose").contains(NameForms.key(t.get(k + 1).word()))))) {
          continue; // no office, or an office with its name or its country after it
        }
        List<String> words = new ArrayList<>();
        for (int x = j; x < officeEnd; x++) {
          words.add(NameForms.key(t.get(x).word()));
        }
        int at = t.get(j).start();
        Actor hit = null;
        int hits = 0;
        for (Actor a : actors) {
          Integer seen = firstSeen.get(a.name());
          if (a.kind() != ActorKind.PERSON || seen == null || seen >= at) {
            continue;
          }
          if (of != null ? !of.equals(a.country()) : home != null && a.country() != null && visiting == a.country().equals(home)) {
            continue; // in a note issued at home, "the Prime Minister" is its own, not the guest "Prime Minister of Portugal"; "the visiting minister" is the guest
          }
          if (offices.getOrDefault(a.name(), Set.of()).containsAll(words)) {
            hit = a;
            hits++;
          }
        }
        if (hits == 1) {
          added.add(new ActorMention(hit.name(), ActorKind.PERSON, s.index(), at, t.get(k - 1).end(), true));
        } else if (hits == 0 && of == null && home != null && words.stream().anyMatch(NATIONAL_OFFICES::contains)) {
          // "the forthcoming visit of the Prime Minister to Portugal" in a note issued at home: its own
          // Prime Minister, unnamed, acts for the home country, and is the one the knowledge base
          // gives for the whole period the document dates from
          Actor holder = homeHolder(words, home, from, to);
          if (holder != null) {
            Actor known = actors.stream().filter(a -> a.name().equals(holder.name())).findFirst().orElse(null);
            if (known == null) {
              actors.add(holder);
            }
            added.add(new ActorMention(holder.name(), ActorKind.PERSON, s.index(), at, t.get(k - 1).end(), true));
          }
          Optional<Country> c = kb.country(home);
          if (c.isPresent()) {
            added.add(new ActorMention(c.get().name(), ActorKind.COUNTRY, s.index(), at, t.get(k - 1).end(), true));
          }
        }
        i = k - 1;
      }
    }
    mentions.addAll(added);
  }

  /** The tokens [from, end) of a country's name starting at {@code i} ("the Republic of Kazakhstan", "Russia"), or {@code null}. */
  private int[] countryAt(List<Token> t, int i) {
    int from = i < t.size() && NameForms.key(t.get(i).word()).equals("the") ? i + 1 : i;
    for (int end = Math.min(t.size(), from + 6); end > from; end--) {
      if (kb.countryByName(words(t, from, end)).isPresent()) {
        return new int[] {from, end};
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ organizations and countries

  /** "the South China Sea", "the Indian Ocean", "the Gulf of Thailand": waters, not the country. */
  private static final Pattern WATERS_AFTER = Pattern.compile("\\s+(?:Sea|Ocean|Straits?)\\b");
  private static final Pattern WATERS_BEFORE = Pattern.compile("\\b(?:Sea|Gulf|Bay|Strait|Straits)\\s+of\\s+(?:the\\s+)?$");

  /** "the South American bloc", "Latin American states": a region the tagger cut to a nationality. */
  private static final Pattern REGION_BEFORE = Pattern.compile("\\b(?:South|North|Central|Latin|East|West|Southeast|Northeast)[ \\t]+$");

  /** Whether a country's name here names waters or a region instead ("the South China Sea", "South American"). */
  private boolean notTheCountry(String text, int start, int end) {
    if (WATERS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 10))).lookingAt()
        || WATERS_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find()) {
      return true;
    }
    Matcher region = REGION_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
    return region.find() && kb.countryByName(text.substring(start - (region.end() - region.start()), end)).isEmpty();
  }

  /** "U.S. dollars", "Australian dollar": a currency, not the country acting. */
  private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s+(?i:dollars?|pounds?|francs?|rupees?)\\b");
  private static final Pattern PROJECT_BEFORE =
      Pattern.compile("\\b(?:Project|Programme|Program)\\s+(?:for|of|on)\\s+(?:the\\s+)?$");
  /** "the Agreement on the Recognition of Driving Licences": the subject of an instrument, not a body. */
  private static final Pattern INSTRUMENT_BEFORE = Pattern.compile(
      "\\b(?:Agreement|Memorandum(?:\\s+of\\s+Understanding)?|MoU|Protocol|Convention|Treaty|Accord|Declaration|Charter)"
          + "\\s+(?:on|for|concerning|regarding|amending)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}\\-]*|in|of|the|and)\\s+){0,8}$");
  /** Names the tagger marks as bodies that are instruments or time zones. */
  private static final Pattern NOT_A_BODY = Pattern.compile(
      "(?i)(?:mous?|mocs?|memorand(?:um|a|ums)|agreements?|accords?|treat(?:y|ies)|protocols?|contracts?)"
          + "|(?-i:IST|GMT|UTC|EST|EDT|CST|PST|PDT|CET|CEST|BST|JST|KST|ICT|WIB|AEST|AEDT|SGT|HKT|PKT|MSK)");
  /** A wire's name in a dateline: "WELLINGTON, March 3 (Reuters) -", "SEOUL, June 4 (Yonhap) --". */
  private static final Pattern DATELINE_BEFORE = Pattern.compile("(?m)^[^\\n]{0,60}\\d{1,4}\\s*\\(\\s*$");
  private static final Pattern TITLE_BEFORE_PORTFOLIO =
      Pattern.compile("\\b(?:Minister|Secretary|Commissioner|Ministers|Secretaries)\\s+(?:of|for)\\s+(?:the\\s+)?$");

  private void addOrganizationsAndCountries(Annotated doc, List<Actor> actors, List<ActorMention> mentions) {
    Map<String, Actor> orgs = new LinkedHashMap<>();
    Map<String, Actor> countries = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        switch (m.type()) {
          case "ORGANIZATION" -> {
            // a letterhead's lines run together by the tagger: the name is its first line
            String name = m.text().split("\\n", 2)[0].replaceAll("^(?i)the\\s+", "").trim();
            if (name.length() < 2 || name.chars().noneMatch(Character::isLetter)) {
              continue;
            }
            Optional<Organization> known = kb.organization(name);
            String before = doc.text().substring(Math.max(0, m.start() - 25), m.start());
            if (NOT_A_BODY.matcher(name).matches()) {
              continue; // "MoUs", "IST": an instrument or a time zone the tagger took for a body
            }
            String lineBefore = doc.text().substring(Math.max(0, doc.text().lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1), m.start());
            if (INSTRUMENT_BEFORE.matcher(doc.text().substring(Math.max(0, m.start() - 90), m.start())).find()
                || DATELINE_BEFORE.matcher(lineBefore).find() && doc.text().substring(m.end(), Math.min(doc.text().length(), m.end() + 3)).strip()
                    .startsWith(")")) {
              continue; // an instrument's subject, or the wire that carries the report, acts in nothing
            }
            if (known.isEmpty() && TITLE_BEFORE_PORTFOLIO.matcher(before).find()) {
              continue; // "Minister of Trade, Industry and Energy X": the portfolio of a title, not a body
            }
            if (known.isEmpty() && (PROJECT_BEFORE.matcher(before).find() || name.matches("(?s).*\\sProject"))) {
              continue; // "the Project for the Improvement of ...", "the Bakheng Water Supply Project": a project's name
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (known.isEmpty() && actors.stream().anyMatch(a -> a.kind() == ActorKind.PERSON
                && (lower.endsWith(" " + a.name().toLowerCase(Locale.ROOT)) || lower.equals(a.name().toLowerCase(Locale.ROOT))))) {
              continue; // "FSM Eiichi Suzuki": a person the tagger ran into a country's abbreviation
            }
            if (known.isEmpty() && kb.countryByName(name).isPresent()) {
              continue; // "VIET NAM AND THE REPUBLIC OF KOREA SIGN ...": a country in capitals
            }
            String canonical = known.map(Organization::name).orElse(name);
            String country = known.map(Organization::country).orElseGet(() -> countryInName(name));
            orgs.computeIfAbsent(canonical.toLowerCase(Locale.ROOT), k -> new Actor(canonical, ActorKind.ORGANIZATION, country, null, List.of()));
            mentions.add(new ActorMention(canonical, ActorKind.ORGANIZATION, s.index(), m.start(), m.end(), false));
          }
          case "COUNTRY", "NATIONALITY" -> kb.countryNamedAt(doc.text(), m.start(), m.end()).filter(c -> !CURRENCY_AFTER.matcher(
              doc.text().substring(m.end(), Math.min(doc.text().length(), m.end() + 12))).lookingAt()
              && !notTheCountry(doc.text(), m.start(), m.end())).ifPresent(c -> {
            countries.computeIfAbsent(c.alpha3(), k -> new Actor(c.name(), ActorKind.COUNTRY, c.alpha3(), null, List.of()));
            mentions.add(new ActorMention(c.name(), ActorKind.COUNTRY, s.index(), m.start(), m.end(), false));
          });
          default -> {}
        }
      }
    }
    actors.addAll(orgs.values());
    actors.addAll(countries.values());
  }

  private String countryInName(String name) {
    for (String w : name.split("[\\s\\-]+")) {
      Optional<Country> c = kb.countryByName(w);
      if (c.isPresent()) {
        return c.get().alpha3();
      }
    }
    return null;
  }
}
