package org.dyad.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture: lines that belong to the page rather than to the prose (contact footers, page
 * numbers, separator rules). Running heads are recognised by {@link TextRepairer} because they
 * need the rest of the document.
 */
final class Furniture {
  // furniture lines are short; longer lines are prose, and skipping them keeps matching linear
  static final int MAX_LENGTH = 160;

  private static final String LABEL =
      "(?:tel|telephone|phone|ph|fax|facsimile|e-?mail|website|web|hotline|mobile|mob"
          + "|contact|switchboard)";
  private static final Set<String> LABELS =
      Set.of("tel", "telephone", "phone", "ph", "fax", "facsimile", "email", "e-mail", "website", "web",
          "hotline", "mobile", "mob", "contact", "switchboard");
  // single-letter labels ("T: ...", "E: ...") only with a colon
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?:" + LABEL + "[ \\t]*[:.]|[tfemw][ \\t]*:)[ \\t]*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE = Pattern.compile("[\\d ()+\\-.,:;/\\t]+");
  /** A numeric date, with or without a time of day: "2015-03-21", "11.05.2020 04:42:00" are content. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\s*(?:\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([-/.])\\d{1,2}\\2\\d{2,4})(?:[ ,T]+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)?\\s*");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,100}\\.[a-zA-Z]{2,}");
  private static final Pattern URL =
      Pattern.compile(
          "(?:https?://|www\\.)\\S+|[a-zA-Z0-9\\-]{1,63}(?:\\.[a-zA-Z0-9\\-]{1,63})*\\.[a-zA-Z]{2,}/\\S*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "\\d{1,4}"
              + "|[-\u2013\u2014][ \\t]*\\d{1,4}[ \\t]*[-\u2013\u2014]"
              + "|(?:page|p\\.|pg\\.?)[ \\t]*\\d{1,4}(?:[ \\t]*(?:of|/)[ \\t]*\\d{1,4})?"
              + "|\\d{1,4}[ \\t]*(?:of|/)[ \\t]*\\d{1,4}",
          Pattern.CASE_INSENSITIVE);

  private Furniture() {}

  /** Whether the (trimmed) line is page furniture on its own. */
  static boolean isFurniture(String trimmed) {
    return kind(trimmed) != null;
  }

  /**
   * What kind of page furniture the (trimmed) line is ({@code page_header}, {@code
   * classification}, {@code declassification}, {@code page_number}, {@code separator}, {@code
   * contact}), or {@code null} for a line of prose.
   */
  static String kind(String trimmed) {
    int length = trimmed.length();
    if (length == 0 || length > MAX_LENGTH) {
      return null;
    }
    String cable = Cable.kind(trimmed);
    if (cable != null) {
      return cable;
    }
    // cheap character counts first: most lines are prose and fail every test below
    int digits = 0;
    int lettersOrDigits = 0;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = trimmed.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      }
      if (Character.isLetterOrDigit(c)) {
        lettersOrDigits++;
      }
      space |= c == ' ' || c == '\t';
    }
    if (lettersOrDigits == 0) {
      return "separator";
    }
    if (digits > 0 && length <= 20 && PAGE_NUMBER.matcher(trimmed).matches()) {
      return "page_number";
    }
    if (PAGE_AT_EDGE.matcher(trimmed).matches()) {
      return "page_header"; // "Ministry of X, Government of Y          Page 1 of 2": a running head with its page
    }
    if (length <= 24 && LETTER_SPACED_PAGE.matcher(trimmed).matches()) {
      return "page_number"; // "1 | P a g e", "Page | 2"
    }
    if (length <= 16 && isLabel(trimmed)) {
      return "contact";
    }
    if (isContactRow(trimmed)) {
      return "contact";
    }
    if (digits >= 6 && isPhone(trimmed)) {
      return "contact";
    }
    if (!space && isAddressLine(trimmed)) {
      return "contact";
    }
    int colon = indexOfColonOrDot(trimmed);
    if (colon < 0 || colon > 20) {
      return null;
    }
    var labelled = LABELLED.matcher(trimmed);
    if (labelled.matches()) {
      String value = labelled.group(1).strip();
      return isPhone(value) || isAddressLine(value) || isAddressList(value) ? "contact" : null;
    }
    return null;
  }

  /** A page number beside the word "Page", the word letter-spaced or set off by a bar. */
  private static final Pattern LETTER_SPACED_PAGE =
      Pattern.compile("(?i)\\d{1,4}[ \\t]*\\|[ \\t]*p[ \\t]?a[ \\t]?g[ \\t]?e|p[ \\t]?a[ \\t]?g[ \\t]?e[ \\t]*\\|[ \\t]*\\d{1,4}"
          + "|p[ \\t]a[ \\t]g[ \\t]e[ \\t]*\\d{1,4}");
  /** A page number set off from the rest of the line by a wide gap or a bar, at either end. */
  private static final Pattern PAGE_AT_EDGE = Pattern.compile(
      "(?i)[^\\n]{2,120}(?:[ \\t]{3,}|[ \\t]*\\|[ \\t]*)(?:page|p\\.)[ \\t]*\\d{1,4}(?:[ \\t]*(?:of|/)[ \\t]*\\d{1,4})?"
          // "Delegation of X – Press Release – Page 2 of 3": after a dash, only with its count of pages
          + "|[^\\n]{2,120}[ \\t]+[-–—][ \\t]+page[ \\t]*\\d{1,4}[ \\t]*of[ \\t]*\\d{1,4}"
          + "|(?:page|p\\.)[ \\t]*\\d{1,4}(?:[ \\t]*(?:of|/)[ \\t]*\\d{1,4})?(?:[ \\t]{3,}|[ \\t]*\\|[ \\t]*)[^\\n]{2,120}");
  /** What separates the parts of a letterhead's contact row. */
  private static final Pattern ROW_SEPARATOR = Pattern.compile("[ \\t]*[\u2022\u00b7|][ \\t]*");
  /** "No.:", "Nos." after a label: "Tel. No.: (632) 8834-4000". */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)^nos?\\.?[ \\t]*:?[ \\t]*");

  /**
   * A letterhead's contact row: parts set off by bullets or bars, at least one of them a web or
   * e-mail address or a telephone number ("2330 Example Road, City 1300 • Tel. No.: (632) 8834-4000
   * • www.example.gov").
   */
  private static boolean isContactRow(String s) {
    String[] parts = ROW_SEPARATOR.split(s);
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      String p = part.strip();
      if (isAddressLine(p) || isPhone(p)) {
        return true;
      }
      var labelled = LABELLED.matcher(p);
      if (labelled.matches() && isPhone(NUMBER_WORD.matcher(labelled.group(1).strip()).replaceFirst(""))) {
        return true;
      }
    }
    return false;
  }

  /** A contact label on its own, such as "Tel", "Fax:" or "E-mail ." */
  private static boolean isLabel(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return LABELS.contains(s.substring(0, end).toLowerCase(Locale.ROOT));
  }

  private static int indexOfColonOrDot(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '.') {
        return i;
      }
    }
    return -1;
  }

  /** Digits and phone punctuation only, with enough digits to be a number rather than a date. */
  private static boolean isPhone(String s) {
    if (!PHONE.matcher(s).matches() || NUMERIC_DATE.matcher(s).matches()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    return digits >= 6;
  }

  /** A bare e-mail address or web address. */
  private static boolean isAddressLine(String s) {
    if (s.indexOf('@') < 0 && s.indexOf('.') < 0) {
      return false;
    }
    return EMAIL.matcher(s).matches() || URL.matcher(s).matches();
  }

  /** Several addresses or numbers after a label, e.g. "Email: a@b.org; c@d.org". */
  private static boolean isAddressList(String s) {
    for (String part : s.split("[ \\t]*[,;|][ \\t]*|[ \\t]+")) {
      if (!part.isEmpty()
          && !isAddressLine(part)
          && !PHONE.matcher(part).matches()
          && !isLabel(part)) {
        return false;
      }
    }
    return true;
  }
}
