package org.dyad.text;

import java.util.Locale;
import java.util.Set;

/** How a line begins and ends: the clues for whether the next line continues its sentence. */
final class Lines {
  private static final String SENTENCE_END = ".!?:;\u2026\u3002\uFF01\uFF1F\uFF0E\u17D4\u17D5\u0964\u0965\u06D4\u061F\u1362";
  private static final String CLOSERS = "\"'\u2019\u201D\u00BB)]}\u300D\u300F\u3011\u3009\u300B\uFF09";
  private static final Set<String> TITLE_ABBREVIATIONS =
      Set.of("mr.", "mrs.", "ms.", "dr.", "h.e.", "st.", "no.", "gen.", "prof.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.", "hon.");
  // English words that cannot end a sentence: a line ending in one is cut mid-sentence
  private static final Set<String> CONNECTORS =
      Set.of(
          "a", "an", "the", "of", "to", "and", "or", "but", "nor", "in", "on", "at", "for", "with", "by",
          "from", "into", "onto", "upon", "between", "among", "amongst", "that", "which", "who", "whose",
          "whom", "as", "than", "his", "her", "their", "its", "our", "my", "your", "is", "are", "was",
          "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can",
          "could", "may", "might", "must", "this", "these", "those", "such", "both", "each", "every",
          "via", "under", "over", "about", "after", "before", "during", "through", "towards", "toward",
          "if", "while", "when", "where", "so", "not", "also", "including", "regarding", "concerning");
  // short words that stay lower case in a title-cased heading
  private static final Set<String> TITLE_SMALL_WORDS =
      Set.of("a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from",
          "as", "via", "vs", "de", "la", "le", "du", "des", "van", "von", "bin", "binti");

  private Lines() {}

  /** Ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (SENTENCE_END.indexOf(line.charAt(i)) < 0) {
      return false;
    }
    // "H.E.", "Mr." at a line end introduce a name on the next line
    return line.charAt(i) != '.' || !TITLE_ABBREVIATIONS.contains(lastToken(line, i + 1));
  }

  /** Ends with a comma or a word that cannot end an English sentence. */
  static boolean endsWithConnector(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '-') {
      // "COVID-", "inter-": a word cut at its hyphen
      return line.length() > 1 && Character.isLetterOrDigit(line.charAt(line.length() - 2));
    }
    return last == ',' || last == '\u3001' || last == '\uFF0C' || endsWithFunctionWord(line);
  }

  /**
   * Ends with a word that cannot end an English sentence ("of", "the", "and"). Unlike a comma,
   * which also ends salutations ("Ladies and gentlemen,"), this holds across a blank line.
   */
  static boolean endsWithFunctionWord(String line) {
    return !line.isEmpty()
        && Character.isLetter(line.charAt(line.length() - 1))
        && CONNECTORS.contains(lastToken(line, line.length()));
  }

  static boolean startsLowercase(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
  }

  /** A page's stamp line: "Source: Xinhua | 2023-08-03 21:14:05 | Editor: ...", "Posted: ...", "By: ...". */
  private static final java.util.regex.Pattern STAMP =
      java.util.regex.Pattern.compile("(?i)^(?:source|posted|published|updated|date|by|author|editor|written\\s+by)\\s*:|\\s\\|\\s.*\\s\\|\\s");

  /** A stamp line, which is never the rest of a sentence above it. */
  static boolean isStampLine(String trimmed) {
    return STAMP.matcher(trimmed).find();
  }

  /** A bullet or numbered list item, which starts its own line. */
  static boolean isListItem(String trimmed) {
    if (trimmed.isEmpty()) {
      return false;
    }
    char c = trimmed.charAt(0);
    if (c == '-' || c == '*' || c == '\u2022' || c == '\u25AA' || c == '\u2013' || c == '\u2014' || c == '\u00B7') {
      return true;
    }
    int i = 0;
    while (i < trimmed.length() && i < 3 && Character.isDigit(trimmed.charAt(i))) {
      i++;
    }
    if (i > 0 && i < trimmed.length() && (trimmed.charAt(i) == '.' || trimmed.charAt(i) == ')')) {
      return i + 1 == trimmed.length() || trimmed.charAt(i + 1) == ' ';
    }
    // "(a) ", "a) ", "iv) "
    if (c == '(' || Character.isLetter(c)) {
      int close = trimmed.indexOf(')');
      return close > 0 && close <= 5 && close + 1 < trimmed.length() && trimmed.charAt(close + 1) == ' '
          && trimmed.substring(c == '(' ? 1 : 0, close).chars().allMatch(Character::isLetterOrDigit);
    }
    return false;
  }

  /**
   * A title, heading or dateline: no sentence-final punctuation, not ending in a connector, and
   * either all in capitals or in title case.
   */
  static boolean isHeadingLike(String trimmed) {
    if (trimmed.isEmpty() || endsSentence(trimmed) || endsWithConnector(trimmed)) {
      return false;
    }
    return isAllCaps(trimmed) || isTitleCase(trimmed);
  }

  /** At least two capitals and no lower-case letter. */
  static boolean isAllCaps(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      if (Character.isUpperCase(cp)) {
        upper++;
      }
      i += Character.charCount(cp);
    }
    return upper >= 2;
  }

  /** At most 20 words, the first capitalised, and three in four of the rest but small words. */
  private static boolean isTitleCase(String s) {
    int words = 0;
    int counted = 0;
    int capitalised = 0;
    boolean seenFirst = false;
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (++words > 20) {
        return false;
      }
      int first = start;
      while (first < i && !Character.isLetterOrDigit(s.charAt(first))) {
        first++;
      }
      if (first == i) {
        continue;
      }
      int cp = s.codePointAt(first);
      boolean upper = Character.isUpperCase(cp) || Character.isDigit(cp);
      if (!upper && !seenFirst) {
        return false;
      }
      seenFirst = true;
      if (!upper && TITLE_SMALL_WORDS.contains(s.substring(first, i).toLowerCase(Locale.ROOT))) {
        continue;
      }
      counted++;
      if (upper) {
        capitalised++;
      }
    }
    return counted > 0 && capitalised * 4 >= counted * 3;
  }

  /** The lower-cased whitespace-delimited token that ends at {@code end}. */
  private static String lastToken(String line, int end) {
    int start = end;
    while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
      start--;
    }
    return line.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
