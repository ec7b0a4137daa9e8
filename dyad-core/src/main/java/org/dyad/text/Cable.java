package org.dyad.text;

import java.util.regex.Pattern;

/**
 * The furniture of typewritten telegrams and memoranda (diplomatic cables and their scans): page
 * headers, classification markings and declassification stamps. These lines are never prose, so
 * they are removed wherever they stand after the first line of content, not only where they cut a
 * sentence in two.
 */
final class Cable {
  static final String PAGE_HEADER = "page_header";
  static final String CLASSIFICATION = "classification";
  static final String DECLASSIFICATION = "declassification";

  // "PAGE 02", "PAGE 02 STATE 183284": written in capitals, the number with its leading zero or not
  private static final Pattern HEADER =
      Pattern.compile("PAGE[ \\t]+\\d{1,4}(?:[ \\t]+[A-Z][A-Z.\\-]{1,20}[ \\t]+\\d{2,8})?(?:[ \\t]+OF[ \\t]+\\d{1,4})?");
  // the cable's own reference ("STATE 173964") on the line after a page header
  private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Z.\\-]{1,20}[ \\t]+\\d{2,8}");
  private static final Pattern MARKING =
      Pattern.compile(
          "(?:TOP[ \\t]+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED|LIMITED[ \\t]+OFFICIAL[ \\t]+USE(?:[ \\t]+ONLY)?"
              + "|(?:FOR[ \\t]+)?OFFICIAL[ \\t]+USE[ \\t]+ONLY|SENSITIVE[ \\t]+BUT[ \\t]+UNCLASSIFIED"
              + "|(?:(?:TOP[ \\t]+)?SECRET|CONFIDENTIAL)[ \\t]*/+[ \\t]*(?:NOFORN|EXDIS|NODIS|LIMDIS|ORCON)");
  private static final Pattern STAMP =
      Pattern.compile(
          ".*\\bdeclassified(?:/released|[ \\t]+and[ \\t]+released)\\b.*"
              + "|declassified(?:[ \\t]*:|[ \\t]+(?:authority|per|by|under|e\\.?[ \\t]*o\\.?|nnd)\\b).*",
          Pattern.CASE_INSENSITIVE);

  private static final int MAX_MARKING = 60;

  private Cable() {}

  /** The kind of cable furniture the (trimmed) line is, or {@code null}. */
  static String kind(String trimmed) {
    if (trimmed.length() > 160) {
      return null;
    }
    char first = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
    if (first == 'P' && trimmed.startsWith("PAGE") && HEADER.matcher(trimmed).matches()) {
      return PAGE_HEADER;
    }
    if (Character.isUpperCase(first) && trimmed.length() <= MAX_MARKING && Lines.isAllCaps(trimmed)
        && MARKING.matcher(trimmed).matches()) {
      return CLASSIFICATION;
    }
    if (WebDebris.containsIgnoreCase(trimmed, "declassified")
        && !Lines.endsSentence(trimmed)
        && STAMP.matcher(trimmed).matches()) {
      return DECLASSIFICATION;
    }
    return null;
  }

  /** A reference line such as "STATE 173964", which belongs to a page header just above it. */
  static boolean isReference(String trimmed) {
    return trimmed.length() <= 30 && REFERENCE.matcher(trimmed).matches();
  }
}
