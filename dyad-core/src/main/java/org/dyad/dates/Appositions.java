package org.dyad.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Actor;

/**
 * Offices a text gives after a name, as an apposition ("H.E. X, Minister of Foreign Affairs of Y,
 * met ..."): the actor table keeps the title written before a name, and an officeholder named this
 * way bounds the document's date as much as one named "Foreign Minister X".
 */
final class Appositions {
  /** Capitalized words and the small words of an office's name, up to the next comma or clause. */
  private static final Pattern TITLE_AFTER =
      Pattern.compile("[ \\t]*,[ \\t]*(?:the[ \\t]+)?((?:\\p{Lu}[\\p{L}'’-]*|of|for|and|the|to)(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*|of|for|and|the|to)){0,14})");
  private static final Pattern OFFICE =
      Pattern.compile("\\b(?:Minister|President|King|Queen|Chancellor|Premier|Emperor|Sultan|Secretary)\\b");
  /** A past or a qualified office dates nothing. */
  private static final Pattern NOT_HELD = Pattern.compile("(?i)\\b(?:former|then|ex|late|acting|designate|elect)\\b");

  private Appositions() {}

  /** The actor's name and the other forms the text gives it. */
  static List<String> names(Actor a) {
    List<String> out = new ArrayList<>();
    out.add(a.name());
    out.addAll(a.aliases());
    return out;
  }

  /**
   * The first office the text gives in apposition after a mention of the actor, or {@code null}; a
   * title that runs into another person's name ("X, Prime Minister Y and ...") is that person's.
   */
  static String titleAfter(String text, Actor a, List<Actor> others) {
    for (String n : names(a)) {
      if (n.length() < 4) {
        continue;
      }
      // "HAYASHI Yoshimasa": a family name in capitals is the same name
      Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      while (m.find()) {
        Matcher t = TITLE_AFTER.matcher(text);
        t.region(m.end(), Math.min(text.length(), m.end() + 160));
        if (t.lookingAt()) {
          String title = t.group(1).replaceAll("\\s+(?:of|for|and|the|to)$", "").replaceAll("\\s+(?:of|for|and|the|to)$", "");
          if (OFFICE.matcher(title).find() && !NOT_HELD.matcher(title).find() && !namesAnother(title, a, others)) {
            return title;
          }
        }
      }
    }
    return null;
  }

  private static boolean namesAnother(String title, Actor a, List<Actor> others) {
    for (Actor o : others) {
      if (o == a || o.kind() != org.dyad.model.ActorKind.PERSON) {
        continue; // "Minister of Foreign Affairs of Cambodia" names a country, not another person
      }
      for (String n : names(o)) {
        if (n.length() >= 3 && title.contains(n)) {
          return true;
        }
      }
    }
    return false;
  }
}
