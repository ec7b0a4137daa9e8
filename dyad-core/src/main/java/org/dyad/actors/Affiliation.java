package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Organization;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * What the words around a person's name say about the country the person acts for: the title's
 * own country ("Chilean Foreign Minister X", "X, Minister of Foreign Affairs of Japan"), the
 * sending state of an envoy ("the Indian Ambassador to Japan X", "X, Ambassador of Chile to
 * Peru"), the country of a national body the person heads ("Chairman X of the Egyptian
 * Authority for Tunnels", "JICA President X") or no country at all for an official of an
 * international body ("WFP Executive Director X", "EU Ambassador to Cambodia X").
 */
final class Affiliation {
  /** The answer for a person who acts for an international body: no country. */
  static final String INTERNATIONAL = "";

  /** Words after which a country is where an envoy is sent or posted, not whom the envoy serves. */
  private static final Set<String> RECEIVING = Set.of("to", "in", "at", "for");

  /** Envoys and missions: "Ambassador to X", "Embassy in X", "Permanent Representative to the UN". */
  private static final Set<String> ENVOYS =
      Set.of("ambassador", "ambassador-designate", "ambassadors", "envoy", "envoys", "representative", "representatives",
          "commissioner", "consul", "consul-general", "consul general", "delegate", "delegation", "mission", "embassy",
          "consulate", "attache", "attaché", "charge", "chargé", "d'affaires", "coordinator", "observer", "director", "office",
          "representation");

  /** Words that end a title read backwards from a name. */
  private static final Set<String> TITLE_ENDS =
      Set.of("with", "between", "after", "during", "that", "which", "who", "whom", "while", "than", "like");

  private final KnowledgeBase kb;
  private final Predicate<String> honorific;

  Affiliation(KnowledgeBase kb, Predicate<String> honorific) {
    this.kb = kb;
    this.honorific = honorific;
  }

  /**
   * The country named by the title words before the name that starts at token {@code first}: an
   * ISO code, {@link #INTERNATIONAL}, or {@code null} when the title names none.
   */
  String before(String text, Sentence s, int first) {
    List<Token> t = s.tokens();
    // in a text written in capitals, case tells nothing: a title ends at the first comma
    boolean capitals = text != null && s.end() <= text.length() && capitals(s.text(text));
    for (int i = first - 1; i >= Math.max(0, first - 12); i--) {
      Token x = t.get(i);
      if (lineBreak(text, x, t.get(i + 1))) {
        return null; // a headline or a letterhead above is not the name's title
      }
      if (europeanBody(t, i)) {
        return INTERNATIONAL; // "European Commissioner X", "the EU Commissioner for Trade X"
      }
      Mention org = organizationAt(s, i);
      if (org != null) {
        // the tagger may run an organization on into the name: "Agence Francaise de Developpement Remy Rioux"
        String orgText = org.endToken() > first ? words(t, org.firstToken(), first) : org.text();
        String c = org.endToken() <= first && longerName(t, org.endToken()) ? null : organizationCountry(orgText);
        if (c != null && !receiving(t, org.firstToken())) {
          return c;
        }
        if (c == null) {
          Optional<String> inName = countryInside(t, org.firstToken(), Math.min(first, org.endToken()));
          if (inName.isPresent()) {
            return inName.get(); // "the Egyptian Authority for Tunnels", "the ROK side"
          }
        }
        i = org.firstToken();
        if (i < first - 12) {
          break;
        }
        continue;
      }
      Optional<String> named = countryOf(t, i);
      if (named.isPresent()) {
        // "the Indian Ambassador to Japan X": Japan receives the envoy, India sends them
        boolean alone = kb.countryByName(x.word()).isPresent() || x.word().contains("-");
        if (!alone && i + 1 < first && kb.countryByName(x.word() + " " + t.get(i + 1).word()).isPresent()) {
          continue; // "The Gambia", "New Zealand": already judged at its last word
        }
        int start = alone || i == 0 ? i : i - 1;
        if (!receiving(t, start)) {
          return named.get();
        }
        i = start;
        continue;
      }
      int[] span = knownOrganization(t, i, false);
      if (span != null) {
        String c = organizationCountry(words(t, span[0], span[1]));
        if (!receiving(t, span[0])) {
          return c;
        }
        i = span[0];
        continue;
      }
      if (x.pos().startsWith("VB") && !x.pos().equals("VBG") || x.ner().equals("PERSON") && !honorific.test(x.word())
          || x.word().equals(";") || Set.of("''", "\"", "”", "“", "``", "’’").contains(x.word())) {
        return null; // a verb, another person or a quotation closes the name's title
      }
      String k = NameForms.key(x.word());
      if (TITLE_ENDS.contains(k)) {
        return null; // "signed an agreement with Chairman X": what comes before "with" is not X's title
      }
      if (k.equals(",") && i + 1 < first && t.get(i + 1).ner().equals("TITLE") && (i == 0 || !t.get(i - 1).ner().equals("TITLE"))) {
        return null; // "in Mozambique, Minister X"
      }
      if (capitals && k.equals(",") && i + 1 < first) {
        return null;
      }
      if ((k.equals(",") || k.equals("and")) && i + 1 < first && (k.equals("and") && honorific.test(t.get(i + 1).word())
          || !t.get(i + 1).ner().equals("TITLE") && !Character.isUpperCase(t.get(i + 1).word().charAt(0)))) {
        return null; // "X of Cambodia and H.E. Y": X's country is not Y's
      }
    }
    return null;
  }

  /** Offices of the European Union's own bodies, which no member state holds. */
  private static final Set<String> EU_OFFICES = Set.of("commissioner", "commission", "council", "parliament", "union", "ombudsman");

  /** "European Commissioner", "EU Commissioner", "European Council President": an office of the Union, not of a country. */
  private static boolean europeanBody(List<Token> t, int i) {
    String w = NameForms.key(t.get(i).word());
    return (w.equals("european") || w.equals("eu")) && i + 1 < t.size() && EU_OFFICES.contains(NameForms.key(t.get(i + 1).word()));
  }

  /** Forms of address that only one country uses ("Shri" in India, "Samdech" in Cambodia, "Tan Sri" in Malaysia). */
  private static final java.util.Map<String, String> NATIONAL_HONORIFICS =
      java.util.Map.ofEntries(
          java.util.Map.entry("shri", "IND"), java.util.Map.entry("shrimati", "IND"), java.util.Map.entry("smt.", "IND"),
          java.util.Map.entry("samdech", "KHM"), java.util.Map.entry("samdach", "KHM"), java.util.Map.entry("chumteav", "KHM"),
          java.util.Map.entry("oknha", "KHM"), java.util.Map.entry("tan sri", "MYS"), java.util.Map.entry("datuk", "MYS"),
          java.util.Map.entry("pehin", "BRN"), java.util.Map.entry("khunying", "THA"));

  /** The country whose form of address stands just before the name, or {@code null}. */
  static String honorificCountry(Sentence s, int first) {
    List<Token> t = s.tokens();
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      String k = NameForms.key(t.get(i).word());
      String two = i > 0 ? NameForms.key(t.get(i - 1).word()) + " " + k : k;
      if (NATIONAL_HONORIFICS.containsKey(two)) {
        return NATIONAL_HONORIFICS.get(two);
      }
      if (NATIONAL_HONORIFICS.containsKey(k)) {
        return NATIONAL_HONORIFICS.get(k);
      }
    }
    return null;
  }

  /** Whether the words just before the name make the person an embassy's staff: "the embassy's spokesman X". */
  static boolean embassyStaff(Sentence s, int first) {
    List<Token> t = s.tokens();
    for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
      String k = NameForms.key(t.get(i).word()).replaceAll("'s$", "");
      if (k.equals("embassy")) {
        return true;
      }
      if (t.get(i).pos().startsWith("VB") || k.equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The sending state of the one embassy a document names ("the U.S. Embassy", "the Embassy of
   * Japan", "Embassy of the Republic of Korea in ..."), or {@code null} when it names none or several.
   */
  String embassyCountry(String text) {
    java.util.Set<String> found = new java.util.LinkedHashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("([\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)?)\\s+Embassy\\b|Embassy of (?:the )?([\\p{Lu}][\\p{L}'’]*(?: (?:of )?[\\p{Lu}][\\p{L}'’]*){0,4})")
        .matcher(text);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      Optional<Country> c = kb.countryByName(name);
      for (int cut = name.lastIndexOf(' '); c.isEmpty() && cut > 0; cut = name.lastIndexOf(' ', cut - 1)) {
        c = kb.countryByName(m.group(1) != null ? name.substring(cut + 1) : name.substring(0, cut));
      }
      c.ifPresent(x -> found.add(x.alpha3()));
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * The country named after the name that ends before token {@code from}: "X, Minister of
   * Foreign Affairs of Japan" or "Chairman X of the Egyptian Authority for Tunnels".
   */
  String after(String text, Sentence s, int from) {
    List<Token> t = s.tokens();
    if (from >= t.size()) {
      return null;
    }
    String w = NameForms.key(t.get(from).word());
    if (!w.equals(",") && !w.equals("of")) {
      return null;
    }
    int limit = w.equals(",") ? 25 : 12;
    // the first country named, unless the same phrase goes on to name an international body the
    // person works for: "X, officer-in-charge of the Nepal resident mission of the ADB"
    String found = null;
    for (int i = from + 1; i < Math.min(t.size(), from + limit); i++) {
      Token x = t.get(i);
      if (lineBreak(text, t.get(i - 1), x)) {
        return found;
      }
      if (x.pos().startsWith("VB") && !x.pos().equals("VBG") && !x.pos().equals("VBN") || x.ner().equals("PERSON")
          || x.word().equals(";") || x.word().equals("(") || x.word().equals(".") || found != null && x.word().equals(",")) {
        return found;
      }
      if (NameForms.key(x.word()).equals("and") && i + 1 < t.size()
          && (t.get(i + 1).pos().equals("DT") || t.get(i + 1).ner().equals("TITLE") || honorific.test(t.get(i + 1).word()))) {
        return found; // "X, and the Ambassador of Japan to Y": the next party's title, not X's
      }
      if (europeanBody(t, i)) {
        return INTERNATIONAL; // "X, European Commissioner for Development"
      }
      Mention org = organizationAt(s, i);
      if (org != null) {
        String c = longerName(t, org.endToken()) ? null : organizationCountry(org.text());
        if (c != null && !receiving(t, org.firstToken())) {
          if (c.equals(INTERNATIONAL) || found == null) {
            return c;
          }
        }
        if (c == null && found == null) {
          found = countryInside(t, org.firstToken(), org.endToken()).orElse(null);
        }
        i = org.endToken() - 1;
        continue;
      }
      Optional<String> c = countryOf(t, i);
      if (c.isPresent()) {
        if (!receiving(t, i) && found == null) {
          found = c.get();
        }
        continue;
      }
      int[] span = knownOrganization(t, i, true);
      if (span != null) {
        String known = organizationCountry(words(t, span[0], span[1]));
        if (!receiving(t, i) && (known.equals(INTERNATIONAL) || found == null)) {
          return known;
        }
        i = span[1] - 1;
      }
    }
    return found;
  }

  private static boolean capitals(String x) {
    long letters = x.chars().filter(Character::isLetter).count();
    return letters >= 20 && x.chars().filter(Character::isUpperCase).count() >= 0.9 * letters;
  }

  private static String words(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(t.get(i).word());
    }
    return b.toString();
  }

  private static boolean lineBreak(String text, Token a, Token b) {
    return text != null && a.end() <= b.start() && b.start() <= text.length() && text.substring(a.end(), b.start()).indexOf('\n') >= 0;
  }

  private Optional<String> countryInside(List<Token> t, int first, int end) {
    for (int i = first; i < end; i++) {
      Optional<String> c = countryOf(t, i);
      if (c.isPresent() && !receiving(t, i)) {
        return c;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether token {@code i} names where an envoy is sent or posted: "Ambassador to (the) X",
   * "Embassy in X", "Special Envoy of Japan to X"; a country after "talks to" or "according to" is
   * not one.
   */
  static boolean receiving(List<Token> t, int i) {
    int j = i - 1;
    if (j >= 0 && NameForms.key(t.get(j).word()).equals("the")) {
      j--;
    }
    if (j < 1 || !RECEIVING.contains(NameForms.key(t.get(j).word()))) {
      return false;
    }
    // the envoy word may be a few words back: "Ambassador of Japan to X", "Ambassador Extraordinary and Plenipotentiary to X",
    // "Ambassador of the Kingdom of the Netherlands to X"
    for (int k = j - 1; k >= Math.max(0, j - 9); k--) {
      String w = NameForms.key(t.get(k).word());
      if (ENVOYS.contains(w)) {
        return true;
      }
      if (t.get(k).pos().startsWith("VB") || w.equals(",") || w.equals("according")) {
        return false;
      }
    }
    return false;
  }

  private static Mention organizationAt(Sentence s, int i) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("ORGANIZATION") && m.firstToken() <= i && i < m.endToken()) {
        return m;
      }
    }
    return null;
  }

  /** The country of a named organization: from the knowledge base, or a country in its name; INTERNATIONAL for an international one. */
  String organizationCountry(String name) {
    String n = name.replaceAll("^(?i)the\\s+", "").replaceAll("(['’]s|['’])$", "").trim();
    Optional<Organization> known = kb.organization(n);
    if (known.isEmpty()) {
      // "the Commission of the African Union", "the Bangkok office of the World Bank": the body it belongs to
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bof\\s+(?:the\\s+)?").matcher(n);
      while (known.isEmpty() && m.find()) {
        known = kb.organization(n.substring(m.end()));
      }
    }
    if (known.isPresent()) {
      return known.get().country() == null || known.get().country().isEmpty() ? INTERNATIONAL : known.get().country();
    }
    return null;
  }

  /** Whether "for" or "of" and a capitalized word that is no country follow token {@code end - 1}: the name goes on. */
  private static boolean longerName(List<Token> t, int end) {
    return end + 1 < t.size() && Set.of("for", "of").contains(t.get(end).word().toLowerCase(java.util.Locale.ROOT))
        && Character.isUpperCase(t.get(end + 1).word().charAt(0)) && !t.get(end + 1).ner().equals("COUNTRY");
  }

  /**
   * A known organization the tagger did not mark as one ("WFP", "EU", "African Union" taken for a
   * place): the longest run of capitalized words that ends at token {@code i} (or, {@code
   * forward}, starts there) and names one; {@code [start, end)} or {@code null}.
   */
  private int[] knownOrganization(List<Token> t, int i, boolean forward) {
    if (!Character.isUpperCase(t.get(i).word().charAt(0))) {
      return null;
    }
    for (int n = 6; n >= 1; n--) {
      int from = forward ? i : i - n + 1;
      int to = from + n;
      if (from < 0 || to > t.size()) {
        continue;
      }
      String w = words(t, from, to);
      if (n == 1 ? acronymOrganization(w) != null : kb.countryByName(w).isEmpty() && kb.organization(w).isPresent()) {
        if (n > 1 && longerName(t, to)) {
          return null; // "the State Department for Foreign Affairs" (Kenya's): a longer name of another body
        }
        return new int[] {from, to};
      }
    }
    return null;
  }

  /** An all-capital acronym of a known organization written without the tagger noticing it ("WFP", "EU"). */
  private String acronymOrganization(String word) {
    String w = word.replaceAll("(['’]s|['’])$", "");
    if (w.length() < 2 || !w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
      return null;
    }
    if (kb.countryByName(w).isPresent()) {
      return null;
    }
    return organizationCountry(w);
  }

  /** The country a token names: "Japan", "Japanese", "Japan's", "Japan-Cambodia" (first part), "New Zealand". */
  Optional<String> countryOf(List<Token> t, int i) {
    String w = t.get(i).word();
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return Optional.empty();
    }
    Optional<Country> c = kb.countryByName(w);
    if (c.isEmpty() && w.contains("-")) {
      c = kb.countryByName(w.substring(0, w.indexOf('-')));
    }
    if (c.isEmpty() && i + 1 < t.size()) {
      c = kb.countryByName(w + " " + t.get(i + 1).word());
    }
    if (c.isEmpty() && i > 0 && Character.isUpperCase(t.get(i - 1).word().charAt(0))) {
      c = kb.countryByName(t.get(i - 1).word() + " " + w);
    }
    return c.map(Country::alpha3);
  }
}
