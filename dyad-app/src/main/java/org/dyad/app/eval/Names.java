package org.dyad.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name keys and word overlap, as score.py computes them. */
final class Names {
  private static final Set<String> STOP =
      Set.of(
          ("a an the of for to and in on at by with via between from under towards toward its their his her"
                  + " as is was be de project")
              .split(" "));

  /** Honorifics dropped from person names (the list of score.py). */
  private static final Set<String> HONORIFICS =
      Set.of(
          ("his her excellency excellencies samdech samdach akka moha sena padei techo borvor bovor thipadei"
                  + " kitti tesaphibal bindit lok chumteav neak oknha mr mrs ms dr prof sir madam minister prime"
                  + " deputy president")
              .split(" "));

  // "H.E." and "H. E." before a space, a letter or the end; the letters are matched without case.
  private static final Pattern HE =
      Pattern.compile(
          "\\bH\\." + Py.WS + "?E\\.?(?=" + Py.WS + "|[A-Z]|\\z)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  private Names() {}

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Tokens of a person's name without honorifics; runs of initials folded ("A. K." = "ak"). */
  static Set<String> nameKey(String name) {
    List<String> toks = tokens(HE.matcher(name).replaceAll(" "));
    toks.add("");
    Set<String> out = new HashSet<>();
    StringBuilder initials = new StringBuilder();
    for (String t : toks) {
      if (t.length() == 1) {
        initials.append(t);
        continue;
      }
      if (initials.length() > 0) {
        out.add(initials.toString());
        initials.setLength(0);
      }
      if (!t.isEmpty() && !HONORIFICS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  static Set<String> content(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens(s)) {
      if (!STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Jaccard similarity of the content words; 0 when either side has none. */
  static double jaccard(String a, String b) {
    Set<String> x = content(a);
    Set<String> y = content(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0.0;
    }
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return (double) inter.size() / union.size();
  }
}
