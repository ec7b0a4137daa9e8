package org.dyad.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

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
  // a document with at least this many lines in capitals, most of its lines, is a typed cable
  private static final int MIN_CABLE_LINES = 8;
  // words shorter than this are not mended as misspellings when joined across a hyphen
  private static final int MIN_MISSPELT = 7;

  private final WordList fixedWords;

  private TextRepairer(WordList words) {
    this.fixedWords = words;
  }

  /** The repairer with the bundled English word list; cheap to call, the list loads once. */
  /**
   * Whether a line is a page's stamp ("Source: Xinhua | 2023-08-03 21:14:05 | Editor: ...",
   * "Posted: ..."): never the rest of a sentence above it, and never the start of one below it.
   */
  public static boolean isStampLine(String line) {
    return Lines.isStampLine(line.strip());
  }

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
    int[][] toRaw = new int[1][];
    String normalised = normalise(raw, toRaw);
    MetadataPrefix.Result prefix = MetadataPrefix.strip(normalised);
    String text = prefix.rest();
    int base = normalised.length() - text.length();
    List<Repair> repairs = new ArrayList<>();
    if (base > 0) {
      repairs.add(new Repair("metadata", toRaw[0][0], toRaw[0][base]));
    }
    List<String> lines = new ArrayList<>();
    int[] starts = splitLines(text, base, lines);
    Assembly assembly = new Assembly(lines, starts, toRaw[0], new DocumentVocabulary(text), repairs);
    String repaired = assembly.run();
    repairs.sort(Comparator.comparingInt(Repair::start).thenComparingInt(Repair::end));
    return new RepairedText(repaired, prefix.isoDate(), repairs);
  }

  /** Unifies line breaks and spaces, drops invisible soft hyphens and a byte-order mark. */
  static String normalise(String raw) {
    return normalise(raw, new int[1][]);
  }

  /**
   * As {@link #normalise(String)}; {@code toRaw[0]} receives, for each position of the result and
   * one past its end, the position in {@code raw}.
   */
  static String normalise(String raw, int[][] toRaw) {
    StringBuilder b = new StringBuilder(raw.length());
    int n = raw.length();
    int[] map = new int[n + 2];
    int m = 0;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (b.length() + 2 >= map.length) {
        map = Arrays.copyOf(map, map.length * 2);
      }
      int at = i;
      switch (c) {
        case '\r':
          if (i + 1 < n && raw.charAt(i + 1) == '\n') {
            i++;
          }
          map[b.length()] = at;
          b.append('\n');
          break;
        case '\f', '\u000B', '\u0085', '\u2028':
          map[b.length()] = at;
          b.append('\n');
          break;
        case '\u2029':
          map[b.length()] = at;
          map[b.length() + 1] = at;
          b.append("\n\n");
          break;
        case '\u00A0', '\u2007', '\u202F':
          map[b.length()] = at;
          b.append(' ');
          break;
        case '\u00AD':
          break;
        case '\uFEFF':
          if (i != 0) {
            map[b.length()] = at;
            b.append(c);
          }
          break;
        default:
          map[b.length()] = at;
          b.append(c);
      }
    }
    m = b.length();
    map = Arrays.copyOf(map, m + 1);
    map[m] = n;
    toRaw[0] = map;
    return b.toString();
  }

  /** Lines without trailing or leading horizontal whitespace, with where each starts. */
  private static int[] splitLines(String text, int base, List<String> lines) {
    int start = 0;
    int n = text.length();
    int[] starts = new int[16];
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        String raw = text.substring(start, i);
        String line = raw.strip();
        int lead = line.isEmpty() ? 0 : raw.indexOf(line.charAt(0));
        if (lines.size() == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[lines.size()] = base + start + lead;
        lines.add(line);
        start = i + 1;
      }
    }
    return Arrays.copyOf(starts, lines.size());
  }

  private enum Kind {
    CONTENT,
    HEADING,
    FURNITURE
  }

  /** One pass over a document's lines, appending each to the output or joining it on. */
  private final class Assembly {
    private final List<String> lines;
    private final int[] starts;
    private final int[] lengths;
    private final int[][] lineMaps;
    private final int[] toRaw;
    private final List<Repair> repairs;
    private final boolean[] furniture;
    // why a furniture line is furniture, for the list of repairs
    private final String[] furnitureKind;
    // lines removed wherever they stand: cable furniture once content has begun, web debris always
    private final boolean[] cableFurniture;
    private final boolean[] debris;
    private final DocumentVocabulary vocabulary;
    private final WordList words = words();
    private final StringBuilder out = new StringBuilder();
    // a typewritten cable: capitals throughout, so capitals say nothing about headings
    private final boolean cable;
    // in a cable, a line at least this long was wrapped by the typewriter
    private final int wrapWidth;
    private Kind lastKind;
    private String lastLine;
    private int lastIndex = -1;
    private boolean lastShortSeparate;

    Assembly(List<String> lines, int[] starts, int[] toRaw, DocumentVocabulary vocabulary, List<Repair> repairs) {
      this.lines = lines;
      this.toRaw = toRaw;
      this.repairs = repairs;
      this.vocabulary = vocabulary;
      int count = lines.size();
      this.starts = starts;
      this.lengths = new int[count];
      this.lineMaps = new int[count][];
      for (int i = 0; i < count; i++) {
        this.lengths[i] = lines.get(i).length();
      }
      this.furniture = new boolean[count];
      this.furnitureKind = new String[count];
      this.cableFurniture = new boolean[count];
      this.debris = new boolean[count];
      editLines();
      Set<String> seen = new HashSet<>();
      int letterLines = 0;
      int capsLines = 0;
      List<Integer> capsLengths = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          continue;
        }
        if (hasLetter(line)) {
          letterLines++;
          if (Lines.isAllCaps(line)) {
            capsLines++;
            if (wordCount(line) >= 3) {
              capsLengths.add(line.length());
            }
          }
        }
        if (debris[i]) {
          furniture[i] = true;
          furnitureKind[i] = WebDebris.KIND;
          continue;
        }
        String kind = Furniture.kind(line);
        if (kind == null && i > 0 && Cable.PAGE_HEADER.equals(furnitureKind[previousNonEmpty(i)]) && Cable.isReference(line)) {
          kind = Cable.PAGE_HEADER;
        }
        // a running head is a title-like line seen before; repeated prose lines are not furniture
        boolean repeated =
            line.length() <= MAX_RUNNING_HEAD && !seen.add(line) && hasLetter(line) && Lines.isHeadingLike(line);
        if (kind == null && repeated) {
          kind = "running_head";
        }
        furniture[i] = kind != null;
        furnitureKind[i] = kind;
        cableFurniture[i] =
            Cable.PAGE_HEADER.equals(kind) || Cable.CLASSIFICATION.equals(kind) || Cable.DECLASSIFICATION.equals(kind);
      }
      cable = capsLines >= MIN_CABLE_LINES && capsLines * 10 >= letterLines * 6;
      if (cable && !capsLengths.isEmpty()) {
        Collections.sort(capsLengths);
        int typical = capsLengths.get(Math.min(capsLengths.size() - 1, capsLengths.size() * 9 / 10));
        wrapWidth = typical * 7 / 10;
      } else {
        wrapWidth = Integer.MAX_VALUE;
      }
    }

    private int previousNonEmpty(int i) {
      int j = i - 1;
      while (j > 0 && lines.get(j).isEmpty()) {
        j--;
      }
      return j;
    }

    /** Edits inside lines: debris within a line, glued words split, stray spaces in words closed. */
    private void editLines() {
      Predicate<String> listed = words::contains;
      Predicate<String> known = w -> words.contains(w) || vocabulary.count(w) > 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          continue;
        }
        if (WebDebris.isDebris(line)) {
          debris[i] = true; // the whole line goes
          continue;
        }
        LineEdit edit = new LineEdit(line);
        WebDebris.findInline(line, edit);
        GluedWords.find(line, edit, known, listed);
        if (edit.isEmpty()) {
          continue;
        }
        List<LineEdit.Change> applied = edit.applied();
        int[][] map = new int[1][];
        String edited = edit.apply(applied, map);
        for (LineEdit.Change c : applied) {
          repairs.add(new Repair(c.kind(), raw(i, c.reportStart(), null), raw(i, c.reportEnd(), null)));
        }
        lines.set(i, edited.strip());
        // strip() after an edit drops only spaces the edits left at the ends
        int lead = 0;
        while (lead < edited.length() && Character.isWhitespace(edited.charAt(lead))) {
          lead++;
        }
        lineMaps[i] = lead == 0 ? map[0] : Arrays.copyOfRange(map[0], lead, map[0].length);
      }
    }

    /** The raw-text position of position {@code pos} of line {@code i}. */
    private int raw(int i, int pos, int[] lineMap) {
      int original = lineMap == null ? pos : lineMap[Math.min(pos, lineMap.length - 1)];
      return toRaw[Math.min(starts[i] + original, toRaw.length - 1)];
    }

    private int raw(int i, int pos) {
      return raw(i, pos, lineMaps[i]);
    }

    /** Records that line {@code i} was removed whole. */
    private void removed(int i) {
      String kind = furnitureKind[i] != null ? furnitureKind[i] : "separator";
      repairs.add(new Repair(kind, toRaw[starts[i]], toRaw[Math.min(starts[i] + lengths[i], toRaw.length - 1)]));
    }

    String run() {
      int last = -1;
      boolean blank = false;
      boolean content = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          blank |= last >= 0;
          continue;
        }
        if (debris[i] || (cableFurniture[i] && content)) {
          // never prose: read on as if the line were not there
          removed(i);
          continue;
        }
        if (last < 0) {
          startLine(line, i, furniture[i] ? Kind.FURNITURE : null);
        } else if (furniture[i]) {
          int resume = furnitureBridge(i);
          if (resume >= 0) {
            for (int k = i; k < resume; k++) {
              if (!lines.get(k).isEmpty()) {
                removed(k);
              }
            }
            join(lines.get(resume), resume);
            i = resume;
          } else {
            separate(blank);
            startLine(line, i, Kind.FURNITURE);
          }
        } else if (continuesSentence(line, blank)) {
          join(line, i);
        } else {
          separate(blank);
          startLine(line, i, null);
        }
        last = i;
        blank = false;
        content |= !furniture[i];
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
                  ? !Lines.isAllCaps(lastLine) || cable
                  : lastKind == Kind.CONTENT && Lines.endsWithConnector(lastLine));
      return continues ? j : -1;
    }

    /** A list item at least this long that reads like a heading is a wrapped line of prose. */
    private static final int LONG_ITEM = 60;

    private boolean continuesSentence(String line, boolean afterBlank) {
      if (lastKind == Kind.FURNITURE || Lines.endsSentence(lastLine) || Lines.isListItem(line) || Lines.isStampLine(line)) {
        return false;
      }
      if (afterBlank) {
        // a blank line is a paragraph break unless the sentence plainly goes on
        return lastKind == Kind.CONTENT
            && (Lines.startsLowercase(line) || Lines.endsWithFunctionWord(lastLine));
      }
      if (cable && lastLine.length() >= wrapWidth && Lines.isAllCaps(lastLine)) {
        // a full typewritten line: the sentence runs on
        return true;
      }
      if (Lines.startsLowercase(line)) {
        return !Lines.isAllCaps(lastLine);
      }
      if (Lines.endsWithConnector(lastLine)) {
        return true;
      }
      if (lastKind == Kind.HEADING && !(Lines.isListItem(lastLine) && lastLine.length() >= LONG_ITEM)) {
        return false; // a long item of a numbered list in title case is no heading ("1. A Loan Agreement for the ... Loan of Fifteen")
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

    private void startLine(String line, int index, Kind kind) {
      out.append(line);
      lastKind = kind != null ? kind : Lines.isHeadingLike(line) ? Kind.HEADING : Kind.CONTENT;
      lastLine = line;
      lastIndex = index;
      lastShortSeparate = wordCount(line) <= SHORT_LINE_WORDS;
    }

    private void separate(boolean afterBlank) {
      out.append(afterBlank ? "\n\n" : "\n");
    }

    /** Appends {@code next} to the current line: without a space where a word was broken. */
    private void join(String next, int index) {
      int len = out.length();
      int lastCp = out.codePointBefore(len);
      int firstCp = next.codePointAt(0);
      String previous = lastLine;
      int previousIndex = lastIndex;
      lastKind = Kind.CONTENT;
      lastLine = next;
      lastIndex = index;
      lastShortSeparate = false;
      if (isUnspacedScript(lastCp) && isUnspacedScript(firstCp)) {
        out.append(next);
        return;
      }
      if (lastCp == '-' && len >= 2 && Character.isLetterOrDigit(out.charAt(len - 2))
          && Character.isLetterOrDigit(firstCp)) {
        if (Character.isLetter(out.charAt(len - 2)) && Character.isLetter(firstCp)) {
          String left = trailingLetters(len - 1);
          String right = leadingLetters(next);
          boolean caseFits =
              Character.isLowerCase(firstCp)
                  || (left.length() > 1 && Lines.isAllCaps(left) && Lines.isAllCaps(right) && right.length() > 1);
          if (caseFits && !vocabulary.hasHyphenated(left, right)
              && (isKnownWord(left + right) || (!isKnownFragment(left) && isMisspeltWord(left, right)))) {
            out.setLength(len - 1);
            if (previousIndex >= 0) {
              int at = raw(previousIndex, previous.length() - 1);
              repairs.add(new Repair("hyphen", at, at + 1));
            }
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
     * A typed word with one letter wrong ("VETETABLE"): one substituted letter or two swapped ones
     * away from a listed word. Only for long words, both halves at least three letters, where a
     * near miss is telling; a letter missing or added is not mended ("e-commerce" stays).
     */
    private boolean isMisspeltWord(String left, String right) {
      String w = (left + right).toLowerCase(Locale.ROOT);
      if (w.length() < MIN_MISSPELT || left.length() < 3 || right.length() < 3) {
        return false;
      }
      char[] c = w.toCharArray();
      for (int i = 0; i < c.length; i++) {
        char original = c[i];
        for (char x = 'a'; x <= 'z'; x++) {
          if (x != original) {
            c[i] = x;
            if (words.contains(new String(c))) {
              return true;
            }
          }
        }
        c[i] = original;
        if (i + 1 < c.length && c[i] != c[i + 1]) {
          c[i] = c[i + 1];
          c[i + 1] = original;
          boolean found = words.contains(new String(c));
          c[i + 1] = c[i];
          c[i] = original;
          if (found) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether two letter runs on either side of a line break are one word: together they make a
     * known word and they are not both words on their own.
     */
    private boolean isBrokenWord(String left, String right) {
      boolean caseFits =
          Character.isLowerCase(right.charAt(0)) || (Lines.isAllCaps(left + right) && left.length() > 1);
      if (caseFits && isKnownWord(left + right) && !(isKnownFragment(left) && isKnownFragment(right))) {
        return true;
      }
      // "Hanimaa / dhoo": a name broken across the line, neither half a word of the list
      return Character.isUpperCase(left.charAt(0)) && Character.isLowerCase(right.charAt(0)) && !Lines.isAllCaps(left)
          && left.length() >= 3 && right.length() >= 2 && !isKnownFragment(left) && !isKnownFragment(right)
          && !words.contains(right.toLowerCase(Locale.ROOT));
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
