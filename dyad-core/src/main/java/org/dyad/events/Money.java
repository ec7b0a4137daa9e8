package org.dyad.events;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Amount;

/** Reads a sum of money from a MONEY mention: value from CoreNLP's normalization, currency from the words. */
final class Money {
  /** Currency words and prefixes, most specific first (ISO 4217). */
  private static final Map<String, String> WORDS = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"us\\$|usd|u\\.s\\. dollars?|us dollars?|american dollars?", "USD"},
      {"a\\$|aud|australian dollars?", "AUD"},
      {"nz\\$|nzd|new zealand dollars?", "NZD"},
      {"s\\$|sgd|singapore dollars?", "SGD"},
      {"hk\\$|hkd|hong kong dollars?", "HKD"},
      {"c\\$|cad|canadian dollars?", "CAD"},
      {"nt\\$|twd|taiwan dollars?", "TWD"},
      {"brunei dollars?|bnd", "BND"},
      {"yen|jpy|¥", "JPY"},
      {"yuan|renminbi|rmb|cny", "CNY"},
      {"euros?|eur|€", "EUR"},
      {"pounds? sterling|pounds?|gbp|£", "GBP"},
      {"won|krw|₩", "KRW"},
      {"riels?|khr", "KHR"},
      {"baht|thb|฿", "THB"},
      {"ringgit|myr|rm", "MYR"},
      {"rupiah|idr|rp", "IDR"},
      {"dong|vnd|₫", "VND"},
      {"philippine pesos?|php|₱", "PHP"},
      {"kip|lak", "LAK"},
      {"kyats?|mmk", "MMK"},
      {"indian rupees?|rupees?|inr|₹|rs\\.?", "INR"},
      {"roubles?|rubles?|rub|₽", "RUB"},
      {"swiss francs?|chf", "CHF"},
      {"dollars?|\\$", "USD"},
    };
    for (String[] p : pairs) {
      WORDS.put(p[0], p[1]);
    }
  }

  private static final Pattern NUMBER = Pattern.compile("([0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?)");

  private Money() {}

  /** The amount a MONEY mention states, or {@code null} when it names no positive sum. */
  static Amount parse(String text, String normalized) {
    if (normalized == null) {
      return null;
    }
    Matcher n = NUMBER.matcher(normalized.replace(",", ""));
    if (!n.find()) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(n.group(1));
    } catch (NumberFormatException e) {
      return null;
    }
    if (value.signum() <= 0) {
      return null;
    }
    String currency = currency(text);
    if (currency == null) {
      currency = currency(normalized);
    }
    return currency == null ? null : new Amount(value, currency, null);
  }

  static String currency(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : WORDS.entrySet()) {
      if (Pattern.compile("(?<![a-z])(" + e.getKey() + ")(?![a-z])").matcher(t).find()) {
        return e.getValue();
      }
    }
    return null;
  }
}
