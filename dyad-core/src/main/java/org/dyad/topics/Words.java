package org.dyad.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word tokens and folds them for lexicon lookup. */
final class Words {
  private Words() {}

  /** One word of the text: the characters as written, their folded form, and where they lie. */
  record Token(String raw, String norm, int begin, int end) {
    Token {
      if (raw == null || raw.isEmpty() || norm == null || begin < 0 || end <= begin) {
        throw new IllegalArgumentException("bad token " + raw + " at " + begin + ".." + end);
      }
    }
  }

  /**
   * Maximal runs of letters and digits. Everything else (spaces, hyphens, apostrophes, slashes)
   * separates words, so "e-government" is two tokens and a term can never match inside a longer
   * word ("port" in "support").
   */
  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      String raw = text.substring(start, i);
      out.add(new Token(raw, fold(raw), start, i));
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    // combining marks belong to the word they sit on (Khmer, Thai, Devanagari vowel signs)
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Lower case, then a crude English plural fold applied alike to lexicon and text, so "ports",
   * "fisheries" and "businesses" meet "port", "fishery" and "business". Verb forms (flooding) are
   * not folded: the lexicon lists the forms it wants.
   */
  static String fold(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * Whether a lexicon word is an acronym to be matched as written ("UN", "ICT", "5G", "G7"): it
   * has an upper-case letter and no lower-case one. Matching such words case-blind would make
   * "un" or "oda" hits.
   */
  static boolean isAcronym(String word) {
    boolean upper = false;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      upper |= Character.isUpperCase(cp);
      i += Character.charCount(cp);
    }
    return upper;
  }
}
