package org.dyad.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs crawled or PDF-extracted text: joins words and sentences broken by line breaks, removes
 * page furniture that interrupts a sentence, and lifts a leading metadata date out of the text.
 *
 * <p>Everything else is kept: paragraph breaks (normalised to one blank line), headings on their
 * own lines, non-Latin scripts, punctuation and letter case. Repair runs in time linear in the
 * length of the text. Instances are immutable and safe to share between threads.
 */
public final class TextRepairer {
  private static final TextRepairer STANDARD = new TextRepairer(null);
  // furniture lines between two halves of a sentence; more than this is not a page break
  private static final int MAX_FURNITURE_RUN = 16;
  // a separate line this short after a sentence end is read as a sentence-case heading
  private static final int SHORT_LINE_WORDS = 6;
  // running heads are short; longer repeated lines are repeated prose
  private static final int MAX_RUNNING_HEAD = 100;

  private final WordList fixedWords;

  private TextRepairer(WordList words) {
    this.fixedWords = words;
  }

  /** The repairer with the bundled English word list; cheap to call, the list loads once. */
  public static TextRepairer standard() {
    return STANDARD;
  }

  /** A repairer that knows only the given words (and each document's own words); for tests. */
  static TextRepairer withWords(WordList words) {
    return new TextRepairer(Objects.requireNonNull(words, "words"));
  }

  private WordList words() {
    return fixedWords != null ? fixedWords : WordList.bundled();
  }

  /**
   * Repairs one document.
   *
   * @param raw the text as crawled or extracted; {@code ""} gives an empty text
   * @return the repaired text and the date of a leading metadata prefix, if there was one
   * @throws IllegalArgumentException if {@code raw} is null
   */
  public RepairedText repair(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("raw text is required");
    }
    MetadataPrefix.Result prefix = MetadataPrefix.strip(normalise(raw));
    String text = prefix.rest();
    List<String> lines = splitLines(text);
    return new RepairedText(new Assembly(lines, new DocumentVocabulary(text)).run(), prefix.isoDate());
  }

  /** Unifies line breaks and spaces, drops invisible soft hyphens and a byte-order mark. */
  static String normalise(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\r':
          if (i + 1 < n && raw.charAt(i + 1) == '\n') {
            i++;
          }
          b.append('\n');
          break;
        case '\f', '\u000B', '\u0085', '\u2028':
          b.append('\n');
          break;
        case '\u2029':
          b.append("\n\n");
          break;
        case '\u00A0', '\u2007', '\u202F':
          b.append(' ');
          break;
        case '\u00AD':
          break;
        case '\uFEFF':
          if (i != 0) {
            b.append(c);
          }
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  /** Lines without trailing or leading horizontal whitespace. */
  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        lines.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    return lines;
  }

  private enum Kind {
    CONTENT,
    HEADING,
    FURNITURE
  }

  /** One pass over a document's lines, appending each to the output or joining it on. */
  private final class Assembly {
    private final List<String> lines;
    private final boolean[] furniture;
    private final DocumentVocabulary vocabulary;
    private final WordList words = words();
    private final StringBuilder out = new StringBuilder();
    private Kind lastKind;
    private String lastLine;
    private boolean lastShortSeparate;

    Assembly(List<String> lines, DocumentVocabulary vocabulary) {
      this.lines = lines;
      this.vocabulary = vocabulary;
      this.furniture = new boolean[lines.size()];
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          continue;
        }
        // a running head is a title-like line seen before; repeated prose lines are not furniture
        boolean repeated =
            line.length() <= MAX_RUNNING_HEAD && !seen.add(line) && hasLetter(line) && Lines.isHeadingLike(line);
        furniture[i] = repeated || Furniture.isFurniture(line);
      }
    }

    String run() {
      int last = -1;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          continue;
        }
        if (last < 0) {
          startLine(line, furniture[i] ? Kind.FURNITURE : null);
        } else if (furniture[i]) {
          int resume = furnitureBridge(i);
          if (resume >= 0) {
            join(lines.get(resume));
            i = resume;
          } else {
            separate(i > last + 1);
            startLine(line, Kind.FURNITURE);
          }
        } else if (continuesSentence(line, i > last + 1)) {
          join(line);
        } else {
          separate(i > last + 1);
          startLine(line, null);
        }
        last = i;
      }
      return out.toString();
    }

    /**
     * When furniture at {@code i} interrupts a sentence, the index of the line that continues it;
     * otherwise -1.
     */
    private int furnitureBridge(int i) {
      if (lastKind == Kind.FURNITURE || Lines.endsSentence(lastLine)) {
        return -1;
      }
      int j = i;
      while (j < lines.size() && j - i < MAX_FURNITURE_RUN && (lines.get(j).isEmpty() || furniture[j])) {
        j++;
      }
      if (j >= lines.size() || lines.get(j).isEmpty() || furniture[j]) {
        return -1;
      }
      String next = lines.get(j);
      boolean continues =
          !Lines.isListItem(next)
              && (Lines.startsLowercase(next)
                  ? !Lines.isAllCaps(lastLine)
                  : lastKind == Kind.CONTENT && Lines.endsWithConnector(lastLine));
      return continues ? j : -1;
    }

    private boolean continuesSentence(String line, boolean afterBlank) {
      if (lastKind == Kind.FURNITURE || Lines.endsSentence(lastLine) || Lines.isListItem(line)) {
        return false;
      }
      if (afterBlank) {
        // a blank line is a paragraph break unless the sentence plainly goes on
        return lastKind == Kind.CONTENT
            && (Lines.startsLowercase(line) || Lines.endsWithFunctionWord(lastLine));
      }
      if (Lines.startsLowercase(line)) {
        return !Lines.isAllCaps(lastLine);
      }
      if (Lines.endsWithConnector(lastLine)) {
        return true;
      }
      if (lastKind == Kind.HEADING) {
        return false;
      }
      // word counts mean nothing in scripts without spaces
      if (isCjk(lastLine.codePointBefore(lastLine.length())) && isCjk(line.codePointAt(0))) {
        return true;
      }
      if (lastShortSeparate || !couldBeWrapped(lastLine, line)) {
        return false;
      }
      return !(Lines.isAllCaps(line) && line.indexOf(' ') > 0);
    }

    private void startLine(String line, Kind kind) {
      out.append(line);
      lastKind = kind != null ? kind : Lines.isHeadingLike(line) ? Kind.HEADING : Kind.CONTENT;
      lastLine = line;
      lastShortSeparate = wordCount(line) <= SHORT_LINE_WORDS;
    }

    private void separate(boolean afterBlank) {
      out.append(afterBlank ? "\n\n" : "\n");
    }

    /** Appends {@code next} to the current line: without a space where a word was broken. */
    private void join(String next) {
      int len = out.length();
      int lastCp = out.codePointBefore(len);
      int firstCp = next.codePointAt(0);
      lastKind = Kind.CONTENT;
      lastLine = next;
      lastShortSeparate = false;
      if (isUnspacedScript(lastCp) && isUnspacedScript(firstCp)) {
        out.append(next);
        return;
      }
      if (lastCp == '-' && len >= 2 && Character.isLetterOrDigit(out.charAt(len - 2))
          && Character.isLetterOrDigit(firstCp)) {
        if (Character.isLetter(out.charAt(len - 2)) && Character.isLowerCase(firstCp)) {
          String left = trailingLetters(len - 1);
          String right = leadingLetters(next);
          if (!vocabulary.hasHyphenated(left, right) && isKnownWord(left + right)) {
            out.setLength(len - 1);
          }
        }
        out.append(next);
        return;
      }
      if (Character.isLetter(lastCp) && Character.isLetter(firstCp)
          && isBrokenWord(trailingLetters(len), leadingLetters(next))) {
        out.append(next);
        return;
      }
      out.append(' ').append(next);
    }

    /**
     * Whether two letter runs on either side of a line break are one word: together they make a
     * known word and they are not both words on their own.
     */
    private boolean isBrokenWord(String left, String right) {
      boolean caseFits =
          Character.isLowerCase(right.charAt(0)) || (Lines.isAllCaps(left + right) && left.length() > 1);
      return caseFits && isKnownWord(left + right) && !(isKnownFragment(left) && isKnownFragment(right));
    }

    private boolean isKnownWord(String word) {
      return words.contains(word) || vocabulary.count(word) > 0;
    }

    /**
     * A fragment is a word in its own right when the word list has it; the list's single letters
     * do not count. The document's own words do not count either: a word broken the same way
     * twice would make its fragments look like words.
     */
    private boolean isKnownFragment(String fragment) {
      if (fragment.length() == 1) {
        return "aAiI".indexOf(fragment.charAt(0)) >= 0;
      }
      return words.contains(fragment);
    }

    private String trailingLetters(int end) {
      int start = end;
      while (start > 0 && end - start < 64 && Character.isLetter(out.charAt(start - 1))) {
        start--;
      }
      return out.substring(start, end);
    }
  }

  private static String leadingLetters(String s) {
    int end = 0;
    while (end < s.length() && end < 64 && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }

  /** Scripts written without spaces between words, where a line break is no word boundary. */
  private static boolean isUnspacedScript(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    return isCjk(cp)
        || script == UnicodeScript.THAI
        || script == UnicodeScript.LAO
        || script == UnicodeScript.KHMER
        || script == UnicodeScript.MYANMAR;
  }

  /** Chinese and Japanese text and their punctuation, whose lines wrap at any character. */
  private static boolean isCjk(int cp) {
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
      return true;
    }
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HAN
        || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA;
  }

  /**
   * Whether {@code line} can end where it does because the next line's first word did not fit:
   * if that word plus the line is still no longer than the next line, the break was deliberate.
   */
  static boolean couldBeWrapped(String line, String next) {
    int firstWord = next.indexOf(' ');
    if (firstWord < 0) {
      firstWord = next.length();
    }
    return line.length() + 1 + firstWord > next.length();
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int wordCount(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
