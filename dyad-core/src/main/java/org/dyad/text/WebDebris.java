package org.dyad.text;

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
  private static final Pattern IMAGE_FILE =
      Pattern.compile(".{0,200}\\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)\\)?", Pattern.CASE_INSENSITIVE);
  // who took or owns a picture: a few words, not a caption that says what happens in it
  private static final String CREDITED = "[^.!?()\\s]+(?:[ \\t]+[^.!?()\\s]+){0,4}";
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\(?(?:(?:file )?photo(?:graph)?s?|images?|pictures?|pic|credits?|photo credits?)"
              + "(?:[ \\t]+(?:by|credit|courtesy(?:[ \\t]+of)?|source))?[ \\t]*[:/|\u00A9][ \\t]*"
              + CREDITED + "\\)?"
              + "|\u00A9[ \\t]*" + CREDITED,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COOKIE_NOTICE =
      Pattern.compile(
          "\\b(?:we use|uses|using|accept|consent|privacy policy|cookie policy|cookie settings|browsing experience|continu\\w* to (?:use|browse))\\b",
          Pattern.CASE_INSENSITIVE);
  // inside a line: a font-size switcher after a dateline, a photo credit glued to the sentence after it
  private static final Pattern TRAILING_SWITCHER =
      Pattern.compile("[ \\t]+(?:adjust |change )?(?:font|text) size:?(?:[ \\t]*a[+\\-]?){0,4}$", Pattern.CASE_INSENSITIVE);
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
    if (length == 0) {
      return false;
    }
    if (length <= MAX_NOTICE && COOKIE.matcher(trimmed).find() && COOKIE_NOTICE.matcher(trimmed).find()) {
      return true;
    }
    if (length > MAX_LENGTH && !(length <= 200 && IMAGE_FILE.matcher(trimmed).matches())) {
      return false;
    }
    if (length <= MAX_LENGTH
        && (INTERFACE.matcher(trimmed).matches() || isButtonRow(trimmed) || LABEL.matcher(trimmed).matches())) {
      return true;
    }
    if (IMAGE_FILE.matcher(trimmed).matches()) {
      return true;
    }
    return length <= MAX_LENGTH && CREDIT.matcher(trimmed).matches();
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

  /** Finds debris inside a line and records its removal in {@code edit}. */
  static void findInline(String line, LineEdit edit) {
    if (isDebris(line)) {
      return; // the whole line goes
    }
    Matcher m = TRAILING_SWITCHER.matcher(line);
    if (m.find() && m.start() > 0) {
      edit.remove(m.start(), m.end(), KIND);
    }
    m = LEADING_CREDIT.matcher(line);
    if (m.find()) {
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
