package org.dyad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as periods of days, and the two date tests of score.py. */
final class Periods {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?", Pattern.UNICODE_CHARACTER_CLASS);

  /** First and last day, as ISO strings compared as strings (as score.py does). */
  record Period(String first, String last) {}

  private Periods() {}

  /** "2023" / "2023-12" / "2023-12-18" to its first and last day, or {@code null}. */
  static Period period(JsonNode v) {
    String s = v != null && v.isIntegralNumber() && Py.truthy(v) ? v.bigIntegerValue().toString() : textOrEmpty(v);
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String y = m.group(1);
    String mo = m.group(2);
    String d = m.group(3);
    if (d != null) {
      String day = y + "-" + mo + "-" + d;
      return new Period(day, day);
    }
    if (mo != null) {
      int last;
      try {
        last = YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo)).lengthOfMonth();
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("bad month in date '" + s + "'", e);
      }
      return new Period(y + "-" + mo + "-01", y + "-" + mo + "-" + String.format(Locale.ROOT, "%02d", last));
    }
    return new Period(y + "-01-01", y + "-12-31");
  }

  private static String textOrEmpty(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : "";
  }

  static Period goldPeriod(JsonNode g) {
    if (!Py.truthy(g) || !g.isObject()) {
      return null;
    }
    if (g.has("range")) {
      JsonNode r = g.get("range");
      return new Period(r.path(0).asText(), r.path(1).asText());
    }
    return period(g.get("value"));
  }

  /** A record date: its value's period, or its range [FIRST_DAY, LAST_DAY] when it gives one. */
  static Period sysPeriod(JsonNode s) {
    if (!Py.isDict(s)) {
      return null;
    }
    JsonNode r = s.get("range");
    if (r != null && r.isArray() && r.size() == 2) {
      Period lo = period(r.get(0));
      Period hi = period(r.get(1));
      if (lo != null && hi != null && lo.first().compareTo(hi.last()) <= 0) {
        return new Period(lo.first(), hi.last());
      }
      return null;
    }
    return period(s.get("value"));
  }

  /** Right when the record's period lies inside the gold period; {@code null}: gold has no date. */
  static Boolean dateOk(JsonNode gold, JsonNode got) {
    Period gp = goldPeriod(gold);
    if (gp == null) {
      return null;
    }
    Period sp = sysPeriod(got);
    return sp != null && gp.first().compareTo(sp.first()) <= 0 && sp.last().compareTo(gp.last()) <= 0;
  }

  /** For matching: the periods overlap, or either is unknown. */
  static boolean dateCompatible(JsonNode gold, JsonNode got) {
    Period gp = goldPeriod(gold);
    Period sp = sysPeriod(got);
    if (gp == null || sp == null) {
      return true;
    }
    return sp.first().compareTo(gp.last()) <= 0 && gp.first().compareTo(sp.last()) <= 0;
  }
}
