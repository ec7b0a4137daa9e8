package org.dyad.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a web page's interface leaves in crawled text: share and print buttons, subscription and
 * cookie notices, logo and icon labels, image file names, photo credits, advertisement markers and
 * font-size switchers. None of it is prose, so a line of it is removed wherever it stands.
 */
final class WebDebris {
  static final String KIND = "web_debris";
  // interface lines are short; a cookie notice may run to a few sentences
  private static final int MAX_LENGTH = 80;
  private static final int MAX_NOTICE = 400;

  private static final Pattern INTERFACE =
      Pattern.compile(
          "(?:share|share (?:this|the) (?:article|story|page|post|news)|share on \\w+|print(?: this)?(?: article| page| story)?"
              + "|print(?:er)?[ -]friendly(?: version)?|subscribe(?: now| here| today)?|subscribe to (?:our|the) newsletter"
              + "|sign up for (?:our|the) newsletter|(?:e-?mail|send) (?:this|to a friend)(?: article| story)?"
              + "|advertisement|advertising|sponsored(?: content)?|exit mobile version|site icon|skip to (?:main )?content"
              + "|(?:back|scroll|go) to top|toggle navigation|(?:open|close) menu|read more|continue reading"
              + "|click (?:to|here to) (?:share|print|e-?mail|subscribe)\\b.{0,40}|copy link|link copied|follow us(?: on \\w+)?"
              + "|(?:adjust |change )?(?:font|text) size:?(?:[ \\t]*a[+\\-]?){0,4}|a[ \\t]*a[ \\t]*a|a-[ \\t]*a[ \\t]*a\\+"
              + "|no data found|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|cookie settings)"
              + "|cookie (?:settings|policy|preferences)|got it)[ \\t]*[:.!]?",
          Pattern.CASE_INSENSITIVE);
  // buttons that name a network or an action: "Share: Facebook Twitter WhatsApp", "Print | Email"
  private static final Set<String> BUTTONS =
      Set.of("share", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "pinterest", "reddit",
          "tumblr", "messenger", "viber", "vk", "weibo", "wechat", "line", "email", "e-mail", "mail", "print",
          "tweet", "copy", "link", "sms", "pocket", "flipboard", "save");
  // "Site icon", "Ministry of Trade logo"; an article makes it prose ("a national icon")
  private static final Pattern LABEL =
      Pattern.compile(
          "(?!.*\\b(?:a|an|the)\\b)(?:[\\p{L}\\p{N}&'.\\-]+[ \\t]+){0,4}(?:logo|icon|favicon)", Pattern.CASE_INSENSITIVE);
  // who took or owns a picture: a few words, not a caption that says what happens in it
  private static final String CREDITED = "[^.!?()\\s]+(?:[ \\t]+[^.!?()\\s]+){0,4}";
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\(?(?:(?:file )?photo(?:graph)?s?|images?|pictures?|pic|credits?|photo credits?)"
              + "(?:[ \\t]+(?:by|credit|courtesy(?:[ \\t]+of)?|source))?[ \\t]*[:/|\u00A9][ \\t]*"
              + CREDITED + "\\)?"
              + "|\u00A9[ \\t]*" + CREDITED,
          Pattern.CASE_INSENSITIVE);
  // the first words of INTERFACE and CREDIT, a cheap test before the patterns
  private static final Set<String> INTERFACE_WORDS =
      Set.of("share", "print", "printer", "subscribe", "sign", "email", "e-mail", "send", "advertisement",
          "advertising", "sponsored", "exit", "site", "skip", "back", "scroll", "go", "toggle", "open", "close",
          "read", "continue", "click", "copy", "link", "follow", "adjust", "change", "font", "text", "a", "a-",
          "no", "accept", "reject", "manage", "cookie", "got");
  private static final Set<String> CREDIT_WORDS =
      Set.of("photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "pic",
          "credit", "credits", "file");
  private static final Set<String> IMAGE_EXTENSIONS =
      Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif");
  private static final List<String> TRAILING_WORDS = List.of("version", "advertisement", "article", "story", "page", "newsletter");
  private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COOKIE_NOTICE =
      Pattern.compile(
          "\\b(?:we use|uses|using|accept|consent|privacy policy|cookie policy|cookie settings|browsing experience|continu\\w* to (?:use|browse))\\b",
          Pattern.CASE_INSENSITIVE);
  // inside a line: a font-size switcher after a dateline, a photo credit glued to the sentence after it
  private static final Pattern TRAILING_SWITCHER =
      Pattern.compile("[ \\t]+(?:adjust |change )?(?:font|text) size:?(?:[ \\t]*a[+\\-]?){0,4}$", Pattern.CASE_INSENSITIVE);
  // interface text run onto the end of a paragraph after its last sentence
  private static final Pattern TRAILING_INTERFACE =
      Pattern.compile(
          "(?<=[.!?\"\u201D\u2019)])[ \\t]+(?:exit mobile version|advertisement|share this (?:article|story)|print this (?:article|page)"
              + "|subscribe to (?:our|the) newsletter)[ \\t]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_CREDIT =
      Pattern.compile(
          "^\\((?:(?:file )?photos?|images?|pictures?|credits?)(?:[ \\t]+(?:by|credit|courtesy(?:[ \\t]+of)?))?[ \\t]*[:/|\u00A9][^()]{1,80}\\)[ \\t]*(?=\\p{Lu})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GLUED_CREDIT =
      Pattern.compile(
          "\\((?:(?:file )?photos?|images?|pictures?)(?:[ \\t]+(?:by|credit|courtesy(?:[ \\t]+of)?))?[ \\t]*[:/|\u00A9][^()]{1,80}\\)(?=\\p{Lu}\\p{Ll})",
          Pattern.CASE_INSENSITIVE);

  private WebDebris() {}

  /** Whether the (trimmed) line is web interface debris on its own. */
  static boolean isDebris(String trimmed) {
    int length = trimmed.length();
    if (length == 0 || length > MAX_NOTICE) {
      return false;
    }
    // cheap tests first: nearly every line is prose and fails them all
    if (containsIgnoreCase(trimmed, "cookie")) {
      return COOKIE.matcher(trimmed).find() && COOKIE_NOTICE.matcher(trimmed).find();
    }
    if (length <= 200 && isImageFileName(trimmed)) {
      return true;
    }
    if (length > MAX_LENGTH) {
      return false;
    }
    if ((endsWithIgnoreCase(trimmed, "logo") || endsWithIgnoreCase(trimmed, "icon")) && LABEL.matcher(trimmed).matches()) {
      return true;
    }
    char first = trimmed.charAt(0);
    if (first == '(' || first == '\u00A9') {
      return CREDIT.matcher(trimmed).matches();
    }
    String word = firstWord(trimmed);
    if (INTERFACE_WORDS.contains(word) && INTERFACE.matcher(trimmed).matches()) {
      return true;
    }
    if (BUTTONS.contains(word) && isButtonRow(trimmed)) {
      return true;
    }
    return CREDIT_WORDS.contains(word) && CREDIT.matcher(trimmed).matches();
  }

  /** The lower-cased letters (and hyphens) the line starts with. */
  private static String firstWord(String s) {
    int end = 0;
    while (end < s.length() && end < 16 && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '-')) {
      end++;
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isImageFileName(String s) {
    int end = s.length();
    if (end > 0 && s.charAt(end - 1) == ')') {
      end--;
    }
    int dot = s.lastIndexOf('.', end - 1);
    if (dot < 1 || end - dot > 5) {
      return false;
    }
    return IMAGE_EXTENSIONS.contains(s.substring(dot + 1, end).toLowerCase(Locale.ROOT));
  }

  /** Whether {@code s} holds {@code lowerNeedle} in any case. */
  static boolean containsIgnoreCase(String s, String lowerNeedle) {
    // the needle's tail, in lower or upper case, narrows the search cheaply
    String tail = lowerNeedle.substring(1);
    if (s.indexOf(tail) < 0 && s.indexOf(tail.toUpperCase(Locale.ROOT)) < 0) {
      return false;
    }
    int n = lowerNeedle.length();
    char c0 = lowerNeedle.charAt(0);
    for (int i = 0; i + n <= s.length(); i++) {
      if (Character.toLowerCase(s.charAt(i)) == c0 && s.regionMatches(true, i, lowerNeedle, 0, n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithIgnoreCase(String s, String suffix) {
    return s.length() >= suffix.length() && s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
  }

  /** Only the names of buttons, separated by spaces, bars, bullets or colons. */
  private static boolean isButtonRow(String s) {
    int count = 0;
    for (String part : s.split("[\\s|:\u2022\u00B7/,]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!BUTTONS.contains(part.toLowerCase(Locale.ROOT))) {
        return false;
      }
      count++;
    }
    return count > 0;
  }

  private static boolean endsWithInterfaceWord(String line) {
    for (String w : TRAILING_WORDS) {
      if (endsWithIgnoreCase(line, w)) {
        return true;
      }
    }
    return false;
  }

  /** Finds debris inside a line (the caller has made sure the whole line is not debris) and records its removal in {@code edit}. */
  static void findInline(String line, LineEdit edit) {
    Matcher m;
    if (containsIgnoreCase(line, " size")) {
      m = TRAILING_SWITCHER.matcher(line);
      if (m.find() && m.start() > 0) {
        edit.remove(m.start(), m.end(), KIND);
      }
    } else if (Character.isLetter(line.charAt(line.length() - 1)) && endsWithInterfaceWord(line)) {
      m = TRAILING_INTERFACE.matcher(line);
      if (m.find()) {
        edit.remove(m.start(), m.end(), KIND);
      }
    }
    if (line.indexOf('(') < 0) {
      return;
    }
    m = LEADING_CREDIT.matcher(line);
    if (line.charAt(0) == '(' && m.find()) {
      edit.remove(m.start(), m.end(), KIND);
    } else {
      m = GLUED_CREDIT.matcher(line);
      while (m.find()) {
        // keep one space between the words on either side
        boolean spaceBefore = m.start() > 0 && Character.isWhitespace(line.charAt(m.start() - 1));
        edit.replace(m.start(), m.end(), spaceBefore || m.start() == 0 ? "" : " ", KIND);
      }
    }
  }
}
