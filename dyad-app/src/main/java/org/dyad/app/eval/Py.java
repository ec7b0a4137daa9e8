package org.dyad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON values seen the way Python sees the same parsed values, so that the scorer takes every
 * decision exactly as score.py does: truthiness ({@code x or []}), equality and hashing (where
 * {@code 1 == 1.0 == True}), {@code float(x)}, whitespace as {@code str.isspace} defines it.
 */
final class Py {
  /** Python's None as a set element or map key. */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /** The characters Python's {@code str.isspace()} and {@code re}'s {@code \s} accept. */
  static final String WS = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

  private static final Pattern WS_RUN = Pattern.compile(WS + "+");
  private static final Pattern STRIP = Pattern.compile("^" + WS + "+|" + WS + "+$");
  private static final String DIGITS = "\\d(?:_?\\d)*";
  private static final Pattern FLOAT =
      Pattern.compile(
          "[+-]?(?:(?:(?:" + DIGITS + ")?\\." + DIGITS + "|" + DIGITS + "\\.?)(?:[eE][+-]?" + DIGITS + ")?"
              + "|(?i:inf|infinity|nan))");

  private Py() {}

  /** Python's {@code bool(x)}; a missing field counts as None. */
  static boolean truthy(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNumber()) {
      return n.doubleValue() != 0.0;
    }
    if (n.isTextual()) {
      return !n.textValue().isEmpty();
    }
    return n.size() > 0;
  }

  /** {@code obj.get(key)}: the field, or {@code null} when absent or {@code obj} is no object. */
  static JsonNode get(JsonNode obj, String key) {
    return obj != null && obj.isObject() ? obj.get(key) : null;
  }

  /** Whether {@code n} is a JSON object (Python {@code isinstance(n, dict)}). */
  static boolean isDict(JsonNode n) {
    return n != null && n.isObject();
  }

  /** The string in a {@code s or ""} context: falsy values give "", strings themselves. */
  static String str(JsonNode n) {
    if (!truthy(n)) {
      return "";
    }
    return n.isTextual() ? n.textValue() : n.asText();
  }

  /** A value that compares and hashes as Python's would: numbers and booleans by value. */
  static Object key(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return NONE;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? 1.0 : 0.0;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    return n;
  }

  /** Python's {@code a == b}. */
  static boolean eq(JsonNode a, JsonNode b) {
    return key(a).equals(key(b));
  }

  /** Python's {@code a == "literal"}. */
  static boolean eq(JsonNode a, String literal) {
    return a != null && a.isTextual() && a.textValue().equals(literal);
  }

  /** The items of {@code x or []}: array elements, a string's characters, an object's keys. */
  static List<JsonNode> items(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (!truthy(n)) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(out::add);
    } else if (n.isTextual()) {
      n.textValue().codePoints().forEach(c -> out.add(TextNode.valueOf(new String(Character.toChars(c)))));
    } else if (n.isObject()) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        out.add(TextNode.valueOf(it.next()));
      }
    }
    return out;
  }

  /** {@code set(x or [])} as comparable keys. */
  static Set<Object> set(JsonNode n) {
    Set<Object> out = new LinkedHashSet<>();
    for (JsonNode i : items(n)) {
      out.add(key(i));
    }
    return out;
  }

  /** Python's {@code float(x)}, or {@code null} where it raises TypeError or ValueError. */
  static Double toFloat(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.isContainerNode()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? 1.0 : 0.0;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (!n.isTextual()) {
      return null;
    }
    String s = strip(n.textValue());
    if (!FLOAT.matcher(s).matches()) {
      return null;
    }
    String t = s.replace("_", "").toLowerCase(Locale.ROOT);
    String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    double sign = t.startsWith("-") ? -1.0 : 1.0;
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(t);
  }

  /** Python's {@code str.strip()}. */
  static String strip(String s) {
    return STRIP.matcher(s).replaceAll("");
  }

  /** {@code re.sub(r"\s+", " ", s).strip()}. */
  static String fold(String s) {
    return strip(WS_RUN.matcher(s).replaceAll(" "));
  }

  /**
   * Python's {@code str.splitlines()}: lines end at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028
   * and U+2029.
   */
  static List<String> splitlines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean br =
          c == '\n' || c == '\r' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == '\u2028'
              || c == '\u2029';
      if (br) {
        out.add(s.substring(start, i));
        i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }
}
