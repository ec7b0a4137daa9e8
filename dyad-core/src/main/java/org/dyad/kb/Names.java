package org.dyad.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Lookup keys: how two spellings of one name are made equal. */
final class Names {
  private Names() {}

  /**
   * A lookup key that keeps word order: lower case, diacritics folded, a leading "the" and a final
   * possessive dropped, dots and apostrophes removed, hyphens and other punctuation made spaces.
   * "The Philippines'", "Japan’s", "U.S." and "Timor-Leste" become "philippines", "japan", "us" and
   * "timor leste".
   */
  static String key(String text) {
    return String.join(" ", tokens(text, " "));
  }

  /**
   * The words of a name, normalized as by {@link #key}; {@code hyphen} replaces a hyphen, so that
   * both "Jae In" and "Jaein" can be made to meet "Jae-in".
   */
  static List<String> tokens(String text, String hyphen) {
    String s = fold(text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').strip();
    // a possessive belongs to the sentence, not the name: "Japan's" → Japan
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'') {
        continue;
      } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
        b.append(hyphen);
      } else if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else {
        b.append(' ');
      }
    }
    List<String> words = new ArrayList<>(Arrays.asList(b.toString().strip().split("\\s+")));
    words.removeIf(String::isEmpty);
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }

  /** Removes diacritics, so that "Phạm Minh Chính" and "Côte d'Ivoire" match their plain forms. */
  static String fold(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      // letters that NFD does not decompose
      switch (c) {
        case '\u0111', '\u0110' -> b.append(c == '\u0111' ? 'd' : 'D'); // đ Đ (Vietnamese)
        case '\u00f8' -> b.append('o');
        case '\u00d8' -> b.append('O');
        case '\u0142' -> b.append('l');
        case '\u0141' -> b.append('L');
        case '\u0131' -> b.append('i');
        case '\u00df' -> b.append("ss");
        case '\u00e6' -> b.append("ae");
        case '\u00c6' -> b.append("AE");
        case '\u0153' -> b.append("oe");
        case '\u0152' -> b.append("OE");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
