package org.dyad.text;

import java.util.function.Predicate;

/**
 * Words run together where a web page's markup separated them ("hoursPersona", "ofForeign",
 * "Ministry)Hanoi") and words broken by a stray space ("Genera l"), found inside one line.
 */
final class GluedWords {
  static final String SPLIT = "split";
  static final String SPACE = "space";
  private static final int MAX_WORD = 40;
  // a stray letter is put back only on a stem this long ("the e" is not "thee")
  private static final int MIN_STEM = 4;

  private GluedWords() {}

  /**
   * Records a space between two glued words, and the removal of a stray space inside a word.
   *
   * @param known whether a letter sequence is a word (the word list or the document's own words)
   * @param listed whether a letter sequence is in the word list
   */
  static void find(String line, LineEdit edit, Predicate<String> known, Predicate<String> listed) {
    int n = line.length();
    for (int p = 1; p + 1 < n; p++) {
      char c = line.charAt(p);
      if (!Character.isUpperCase(c) || !Character.isLowerCase(line.charAt(p + 1))) {
        continue;
      }
      char before = line.charAt(p - 1);
      int rightEnd = p + 1;
      while (rightEnd < n && Character.isLowerCase(line.charAt(rightEnd)) && rightEnd - p < MAX_WORD) {
        rightEnd++;
      }
      if (rightEnd < n && Character.isLetter(line.charAt(rightEnd))) {
        continue;
      }
      String right = line.substring(p, rightEnd);
      if (Character.isLowerCase(before)) {
        // "hoursPersona": a lower-case word, then a capitalised one; CamelCase names start upper
        int leftStart = p - 1;
        while (leftStart > 0 && Character.isLowerCase(line.charAt(leftStart - 1)) && p - leftStart < MAX_WORD) {
          leftStart--;
        }
        if (leftStart > 0 && (Character.isLetterOrDigit(line.charAt(leftStart - 1)) || line.charAt(leftStart - 1) == '-')) {
          continue;
        }
        String left = line.substring(leftStart, p);
        if (left.length() >= 2 && listed.test(left) && known.test(right) && !listed.test(left + right)) {
          edit.insert(p, " ", SPLIT, leftStart, rightEnd);
        }
      } else if ((before == ')' || before == ']') && p >= 2 && Character.isLetterOrDigit(line.charAt(p - 2))
          && closesAnOpening(line, p - 1) && known.test(right)) {
        // "(Foreign Ministry)Hanoi"
        edit.insert(p, " ", SPLIT, p - 1, rightEnd);
      }
    }
    findStrayLetters(line, edit, known);
  }

  private static boolean closesAnOpening(String line, int close) {
    char open = line.charAt(close) == ')' ? '(' : '[';
    for (int i = close - 1; i >= 0 && close - i <= 200; i--) {
      char c = line.charAt(i);
      if (c == open) {
        return true;
      }
      if (c == line.charAt(close)) {
        return false;
      }
    }
    return false;
  }

  /** "Genera l": a single lower-case letter, no word of its own, that completes the word before it. */
  private static void findStrayLetters(String line, LineEdit edit, Predicate<String> known) {
    int n = line.length();
    for (int p = 2; p < n; p++) {
      char c = line.charAt(p);
      if (!Character.isLowerCase(c) || c == 'a' || c == 'i' || line.charAt(p - 1) != ' ') {
        continue;
      }
      // the letter stands alone before a space or a clause mark: not "e-commerce", "l'Etat", "s."
      if (p + 1 < n && ",;:!?)".indexOf(line.charAt(p + 1)) < 0 && !Character.isWhitespace(line.charAt(p + 1))) {
        continue;
      }
      int leftStart = p - 1;
      while (leftStart > 0 && Character.isLetter(line.charAt(leftStart - 1)) && p - leftStart < MAX_WORD) {
        leftStart--;
      }
      String left = line.substring(leftStart, p - 1);
      if (left.length() >= MIN_STEM && Character.isLowerCase(left.charAt(left.length() - 1))
          && (leftStart == 0 || !Character.isLetterOrDigit(line.charAt(leftStart - 1))) && known.test(left + c)) {
        edit.remove(p - 1, p, SPACE);
      }
    }
  }
}
