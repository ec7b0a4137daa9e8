package org.dyad.actors;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;

/**
 * The country a document is issued from, read in its first lines: a dateline's city ("BRASILIA,
 * 2 February", "Ouagadougou:", "Phnom Penh (FN) -", "JAMMU, India |"), the issuer of a release
 * ("Press Release: New Zealand Government", "Ministry of Foreign Affairs of Brazil", "Embassy of
 * Japan in Cambodia") or a U.S. diplomatic cable's sender ("FM SECSTATE WASHDC", "FM AMEMBASSY
 * ..."). A last-resort country for persons the text ties to no other.
 */
final class HomeCountry {
  private static final int HEAD = 800;
  private static final Pattern CABLE =
      Pattern.compile("(?m)^\\s*FM\\s+(?:SECSTATE|AMEMBASSY|AMCONSUL|AMCONSULATE|USMISSION|USDEL|USUN)\\b");
  /** A place at the start of a line, then the punctuation a dateline puts after it. */
  private static final Pattern DATELINE =
      Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[\\p{L}.'’\\-]*(?:[ ]\\p{Lu}[\\p{L}.'’\\-]*){0,3})[ \\t]*(?:,[ \\t]*([\\p{L} ]{2,30}?)[ \\t]*(?=[,(|:\\-–—]|\\d)|(?=[,:(–—]|-[ \\t]|\\|))");
  private static final Pattern ISSUER =
      Pattern.compile("(?im)^[ \\t]*(?:press release|media release|press statement|statement)[ \\t]*[:\\-–—][ \\t]*(?:the[ \\t]+)?(?:government of[ \\t]+(?:the[ \\t]+)?)?(\\p{L}[\\p{L} ]{1,40}?)(?:[ \\t]+government)?[ \\t]*$");
  private static final Pattern MINISTRY =
      Pattern.compile("(?im)^[ \\t]*(?:the[ \\t]+)?(?:Ministry|Department|Office|Embassy|Government)[ \\t]+of[ \\t]+(?:[\\p{L} ,]+?[ \\t]+of[ \\t]+)?(?:the[ \\t]+)?([\\p{L} ]+?)[ \\t]*(?:[-–—,(]|[ \\t]+in[ \\t]|$)");

  /** The post a U.S. embassy or consulate cable is sent from: "FM AMEMBASSY WARSAW". */
  private static final Pattern POST =
      Pattern.compile("(?m)^\\s*FM\\s+(?:AMEMBASSY|AMCONSUL|AMCONSULATE)\\s+(\\p{L}[\\p{L} .'\\-]*?)\\s*$");
  /** Offices a U.S. cable gives its own officials: "SECRETARY VANCE", "DEPUTY ASSISTANT SECRETARY VEST", "THE AMBASSADOR". */
  private static final Pattern US_CABLE_OFFICE = Pattern.compile(
      "(?i)(?:(?:deputy|under|assistant)\\s+)*secretary(?:\\s+of\\s+(?:state|agriculture|commerce|defense|the\\s+treasury|treasury))?"
          + "|ambassador|charg[eé](?:\\s+d'affaires)?|deputy\\s+chief\\s+of\\s+mission|(?:deputy\\s+|assistant\\s+)?administrator"
          + "|senator|congressman|congresswoman|representative|consul(?:\\s+general)?|counselor|attach[eé]|special\\s+representative");

  private HomeCountry() {}

  /**
   * The country a U.S. embassy's cable reports from ("FM AMEMBASSY WARSAW": Poland), or {@code null}
   * for other texts. Its officials are named with their offices and no nationality ("DEPUTY PREMIER
   * JAGIELSKI"), while the sender's own carry U.S. offices.
   */
  static String post(String text, KnowledgeBase kb) {
    Matcher m = POST.matcher(text.substring(0, Math.min(text.length(), HEAD)));
    return m.find() ? kb.countryByCity(m.group(1).trim()).map(Country::alpha3).orElse(null) : null;
  }

  /** Whether a title is one a U.S. cable gives U.S. officials. */
  static boolean usCableOffice(String title) {
    return US_CABLE_OFFICE.matcher(title.trim()).matches();
  }

  /** The ISO code of the issuing country, or {@code null} when the first lines do not say. */
  static String of(String text, KnowledgeBase kb) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    if (CABLE.matcher(head).find()) {
      return "USA";
    }
    Matcher m = DATELINE.matcher(head);
    while (m.find()) {
      String place = m.group(1).trim();
      Optional<Country> c = kb.countryByCity(place);
      if (c.isPresent()) {
        return c.get().alpha3();
      }
      if (m.group(2) != null && placeLike(place)) {
        // "JAMMU, India |": a city Dyad does not know, then its country
        Optional<Country> after = kb.countryByName(m.group(2).trim());
        if (after.isPresent() && kb.countryByName(place).isEmpty()) {
          return after.get().alpha3();
        }
      }
    }
    Matcher issuer = ISSUER.matcher(head);
    if (issuer.find()) {
      Optional<Country> c = kb.countryByName(issuer.group(1).trim());
      if (c.isPresent()) {
        return c.get().alpha3();
      }
    }
    Matcher ministry = MINISTRY.matcher(head);
    if (ministry.find()) {
      return kb.countryByName(ministry.group(1).trim()).map(Country::alpha3).orElse(null);
    }
    return null;
  }

  /** One or two words, as a city's name is, not a headline. */
  private static boolean placeLike(String s) {
    return s.split(" ").length <= 2;
  }
}
