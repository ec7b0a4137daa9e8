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
  private static final Map<Pattern, String> WORDS = new LinkedHashMap<>();

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
      WORDS.put(Pattern.compile("(?<![a-z])(" + p[0] + ")(?![a-z])"), p[1]);
    }
  }

  private static final Pattern NUMBER = Pattern.compile("([0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?)");

  private static final Pattern CODE_AMOUNT =
      Pattern.compile("\\b([A-Z]{3})\\s?([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(thousand|million|billion|trillion|bn|mn|m)?\\b");
  private static final java.util.Set<String> CODES =
      java.util.Set.of("USD", "EUR", "JPY", "CNY", "GBP", "KRW", "AUD", "NZD", "SGD", "HKD", "CAD", "CHF", "NOK", "SEK", "DKK", "INR",
          "IDR", "MYR", "THB", "VND", "PHP", "KHR", "LAK", "MMK", "BND", "TWD", "RUB", "BRL", "ARS", "MXN", "ZAR", "TRY", "SAR", "AED",
          "QAR", "KWD", "EGP", "NGN", "KES", "PKR", "BDT", "LKR", "NPR", "ISK", "PLN", "CZK", "HUF", "ILS");

  private Money() {}

  /** Amounts written with an ISO code ("NOK 50 million", "USD 12 million"), which the tagger misses. */
  static java.util.List<Amount> isoAmounts(String text) {
    java.util.List<Amount> out = new java.util.ArrayList<>();
    Matcher m = CODE_AMOUNT.matcher(text);
    while (m.find()) {
      if (!CODES.contains(m.group(1))) {
        continue;
      }
      BigDecimal v;
      try {
        v = new BigDecimal(m.group(2).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      v = switch (scale) {
        case "thousand" -> v.movePointRight(3);
        case "million", "mn", "m" -> v.movePointRight(6);
        case "billion", "bn" -> v.movePointRight(9);
        case "trillion" -> v.movePointRight(12);
        default -> v;
      };
      if (v.signum() > 0) {
        out.add(new Amount(v, m.group(1), null));
      }
    }
    return out;
  }

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
    for (Map.Entry<Pattern, String> e : WORDS.entrySet()) {
      if (e.getKey().matcher(t).find()) {
        return e.getValue();
      }
    }
    return null;
  }
}
