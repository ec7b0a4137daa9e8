package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name normalisation: honorifics, title words, upper-case surnames, edit distance. */
final class NameForms {
  /** Words that open an office title; stripped from the front of a name. */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "minister", "prime", "deputy", "president", "vice", "foreign", "secretary", "state", "general",
          "director-general", "director", "ambassador", "judge", "reserve", "chairman", "chairwoman", "chair",
          "governor", "senator", "king", "queen", "emperor", "premier", "chancellor", "spokesman", "spokeswoman",
          "spokesperson", "counselor", "counsellor", "councilor", "councillor", "undersecretary", "under", "assistant", "senior", "leader",
          "chief", "executive", "commander", "envoy", "speaker", "mayor", "representative", "officer", "head", "his", "her",
          "majesty", "highness", "royal", "crown", "prince", "princess", "sheikh", "emir", "sultan", "pope",
          "former", "late", "new", "acting", "visiting", "counterpart", "excellency", "h.e",
          "h.e.", "he", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "the", "defence", "defense", "affairs");

  /** Words that make a "name" an organization or a place, not a person. */
  static final Set<String> ORG_WORDS =
      Set.of(
          "agency", "agence", "press", "presse", "news", "times", "post", "institute", "center", "centre", "ministry",
          "association", "council", "committee", "bank", "company", "co", "ltd", "inc", "corporation", "corp", "group",
          "department", "office", "university", "party", "force", "forces", "army", "navy", "court", "chamber",
          "foundation", "fund", "commission", "embassy", "organization", "organisation", "union", "federation",
          "authority", "project", "initiative", "programme", "program", "port", "palace", "airport", "government",
          "republic", "kingdom", "state", "states", "nations", "summit", "meeting", "conference", "forum", "agreement",
          "partnership", "strategy", "daily", "herald", "tribune", "journal", "television", "radio", "channel",
          "house", "hall", "hotel", "aid", "relief", "humanitarian", "diwan", "talks", "dialogue", "ceremony", "building", "stadium", "avenue", "boulevard", "bridge", "mausoleum", "memorial", "assembly", "parliament", "team", "school", "college", "hospital", "station", "road", "street", "province", "city");

  /** Ministerial portfolios: words of an office's name ("Minister of ... International Cooperation"), never of a person's. */
  static final Set<String> PORTFOLIO_WORDS =
      Set.of(
          "affairs", "cooperation", "co-operation", "development", "planning", "investment", "trade", "industry", "energy",
          "defence", "defense", "finance", "economy", "health", "education", "labour", "labor", "interior", "agriculture",
          "environment", "tourism", "culture", "commerce", "transport", "communications", "information", "fisheries", "science",
          "technology", "security", "integration", "relations", "treasury", "welfare", "works", "mines", "resources");

  private NameForms() {}

  /** "KAMIKAWA" becomes "Kamikawa"; mixed-case tokens and initials are kept. */
  static String foldCase(String token) {
    if (token.length() < 2 || !token.equals(token.toUpperCase(Locale.ROOT)) || !token.chars().anyMatch(Character::isLetter)) {
      return token;
    }
    if (token.matches("[A-Z]\\.?([A-Z]\\.?)*") && token.contains(".")) {
      return token; // initials such as "A.K."
    }
    StringBuilder b = new StringBuilder(token.length());
    boolean start = true;
    for (char c : token.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Lower-case key of a token without accents, for comparisons ("Sơn" and "Son" are one key). */
  static String key(String token) {
    String folded = MARKS.matcher(java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFD)).replaceAll("");
    return folded.toLowerCase(Locale.ROOT).replace("’", "'").replace("đ", "d").replace("ð", "d");
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("(['’]s|['’])$");
  private static final Pattern QUOTES = Pattern.compile("^[\"“‘(]+|[\"”’),;:]+$");

  /** Tokens of a name, split on spaces; possessive endings removed. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : SPACES.split(name.trim())) {
      String s = QUOTES.matcher(POSSESSIVE.matcher(t).replaceAll("")).replaceAll("");
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Levenshtein distance, bounded: returns {@code max + 1} as soon as it is exceeded. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    // optimal string alignment: a swap of two neighbours is one typo, as often as a wrong letter
    int[] prev2 = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
        }
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Edits needed to turn one name into the other, token order ignored, each token compared
   * case-insensitively; names with different token counts never match.
   */
  static int nameDistance(List<String> a, List<String> b, int max) {
    if (a.size() != b.size() || a.isEmpty()) {
      return max + 1;
    }
    return best(a, new ArrayList<>(b), 0, max);
  }

  private static int best(List<String> a, List<String> rest, int i, int max) {
    if (i == a.size()) {
      return 0;
    }
    int bestCost = max + 1;
    for (int j = 0; j < rest.size(); j++) {
      String x = key(a.get(i));
      String y = key(rest.get(j));
      int d = distance(x, y, max);
      // a typo is only credible in a word long enough to carry it
      if (d > 0 && Math.min(x.length(), y.length()) < 3) {
        continue;
      }
      if (d <= max) {
        String removed = rest.remove(j);
        int total = d + best(a, rest, i + 1, max - d);
        rest.add(j, removed);
        bestCost = Math.min(bestCost, total);
      }
    }
    return bestCost;
  }

  /**
   * Whether a romanized word fits Japanese syllable structure (Hepburn: vowel, consonant plus
   * vowel, or syllabic n, which never starts a word). Used only as a weak hint for a person's country when the text gives none.
   */
  static boolean japaneseRomanization(String word) {
    return word.length() >= 3
        && key(word).matches("(?!n(?![aiueoy]))(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|f|[kgsztdnhbpmyrw])?[aiueo]|n(?![aiueoy]))+");
  }
}
