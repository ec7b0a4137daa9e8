package org.dyad.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Amount;

/**
 * Reads sums of money from text in the ways reports write them: "US$ 12.5 million", "USD$80,000",
 * "¥3.2B", "EUR 2 bn", "Rs 4.7 crore", "198 million FCFA", "1.2 trillion won", "100 million Australian
 * dollars", "two hundred million Japanese Yen". Currencies are ISO 4217 codes.
 */
final class Amounts {
  /**
   * A sum and where the text states it.
   *
   * @param bare the currency is only "$" or "dollars", which the text's own country may mean by it
   */
  record Found(Amount amount, int start, int end, boolean bare) {}

  /**
   * The dollar that a country's own releases mean by a bare "$" (ISO 4217, as published by SIX,
   * the maintenance agency; reviewed 2026). Countries whose currency is the US dollar, or whose
   * "$" is a peso, are not listed: a bare "$" stays US dollars for them.
   */
  private static final Map<String, String> LOCAL_DOLLAR = Map.ofEntries(
      Map.entry("AUS", "AUD"), Map.entry("NZL", "NZD"), Map.entry("CAN", "CAD"), Map.entry("SGP", "SGD"), Map.entry("HKG", "HKD"),
      Map.entry("TWN", "TWD"), Map.entry("FJI", "FJD"), Map.entry("SLB", "SBD"), Map.entry("BRN", "BND"), Map.entry("JAM", "JMD"),
      Map.entry("TTO", "TTD"), Map.entry("BHS", "BSD"), Map.entry("BRB", "BBD"), Map.entry("BLZ", "BZD"), Map.entry("GUY", "GYD"),
      Map.entry("LBR", "LRD"), Map.entry("NAM", "NAD"), Map.entry("SUR", "SRD"), Map.entry("KIR", "AUD"), Map.entry("TUV", "AUD"),
      Map.entry("NRU", "AUD"), Map.entry("ATG", "XCD"), Map.entry("DMA", "XCD"), Map.entry("GRD", "XCD"), Map.entry("KNA", "XCD"),
      Map.entry("LCA", "XCD"), Map.entry("VCT", "XCD"));
  /** International wires write a bare "$" for US dollars whatever the dateline. */
  private static final Pattern WIRE = Pattern.compile("\\((?:Reuters|AFP|AP|Xinhua|Bloomberg|dpa|Anadolu)\\)|\\b(?:Reuters|Agence France-Presse|Associated Press|Xinhua)\\b");

  /**
   * {@code a} as the text's own country means it: a sum stated with a bare "$" or "dollars" in a
   * release of Australia is in Australian dollars. {@code text} is where the sum is stated,
   * {@code document} the whole text, {@code home} the issuing country and {@code giver} the
   * country that gives; the sum changes only when the two are one country that has its own dollar.
   */
  static Amount asHomeMeansIt(Amount a, String text, String document, String home, String giver) {
    if (a == null || !a.currency().equals("USD") || a.usd() != null || home == null || !home.equals(giver)
        || !LOCAL_DOLLAR.containsKey(home) || WIRE.matcher(document.substring(0, Math.min(document.length(), 600))).find()) {
      return a;
    }
    for (Found f : find(text)) {
      if (f.bare() && f.amount().value().compareTo(a.value()) == 0) {
        return new Amount(a.value(), LOCAL_DOLLAR.get(home), null);
      }
    }
    return a;
  }

  /** Currency words, most specific first. */
  private static final Map<String, String> CURRENCY = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"us\\$|usd\\$|usd|dols\\.?|u\\.s\\.\\s?\\$|u\\.s\\.\\s+dollars?|us\\s+dollars?|american\\s+dollars?|united\\s+states\\s+dollars?", "USD"},
      {"a\\$|au\\$|aud|australian\\s+dollars?", "AUD"},
      {"nz\\$|nzd|new\\s+zealand\\s+dollars?", "NZD"},
      {"s\\$|sgd|singapore\\s+dollars?", "SGD"},
      {"hk\\$|hkd|hong\\s+kong\\s+dollars?", "HKD"},
      {"c\\$|cad|canadian\\s+dollars?", "CAD"},
      {"nt\\$|twd|(?:new\\s+)?taiwan\\s+dollars?", "TWD"},
      {"(?:japanese\\s+|jpy\\s+)?yen|jpy|¥|円", "JPY"},
      {"(?:chinese\\s+)?yuan|renminbi|rmb|cny", "CNY"},
      {"euros?|eur|€", "EUR"},
      {"egyptian\\s+pounds?|egp", "EGP"},
      {"pounds?\\s+sterling|british\\s+pounds?|gbp|£", "GBP"},
      {"(?:south\\s+)?korean\\s+won|won|krw|₩", "KRW"},
      {"riels?|khr", "KHR"},
      {"baht|thb|฿", "THB"},
      {"ringgit|myr|rm", "MYR"},
      {"rupiah|idr|rp", "IDR"},
      {"vietnamese\\s+dong|dong|vnd|₫", "VND"},
      {"philippine\\s+pesos?|php|₱", "PHP"},
      {"mexican\\s+pesos?|mxn", "MXN"},
      {"kip|lak", "LAK"},
      {"kyats?|mmk", "MMK"},
      {"pakistani\\s+rupees?|pkr", "PKR"},
      {"sri\\s+lankan\\s+rupees?|lkr", "LKR"},
      {"nepalese\\s+rupees?|npr", "NPR"},
      {"indian\\s+rupees?|rupees?|inr|₹|rs\\.?", "INR"},
      {"taka|bdt|tk\\.?", "BDT"},
      {"roubles?|rubles?|rub|₽", "RUB"},
      {"swiss\\s+francs?|chf", "CHF"},
      {"fcfa|cfa\\s+francs?|francs?\\s+cfa|xof", "XOF"},
      {"xaf", "XAF"},
      {"(?:kenyan\\s+)?shillings?|kes|ksh\\.?|sh\\.?", "KES"},
      {"naira|ngn|₦", "NGN"},
      {"rand|zar", "ZAR"},
      {"dirhams?|aed|dhs?", "AED"},
      {"qatari\\s+riyals?|qar|qr", "QAR"},
      {"omani\\s+rials?|omr", "OMR"},
      {"(?:saudi\\s+)?riyals?|sar|sr", "SAR"},
      {"kuwaiti\\s+dinars?|kwd|kd", "KWD"},
      {"bahraini\\s+dinars?|bhd|bd", "BHD"},
      {"jordanian\\s+dinars?|jod|jd", "JOD"},
      {"lira|try", "TRY"},
      {"zlotys?|złotys?|zł", "PLN"},
      {"hryvnias?|hryvnyas?", "UAH"},
      {"tenge", "KZT"},
      {"kina", "PGK"},
      {"pa['’]anga", "TOP"},
      {"tala", "WST"},
      {"cedis?", "GHS"},
      {"rufiyaa", "MVR"},
      {"shekels?", "ILS"},
      {"r\\$|reais|brazilian\\s+reals?", "BRL"},
      {"forints?", "HUF"},
      {"korunas?", "CZK"},
      {"birr", "ETB"},
      {"kwacha", "ZMW"},
      {"leones?", "SLE"},
      {"dollars?|\\$", "USD"},
    };
    for (String[] p : pairs) {
      CURRENCY.put(p[0], p[1]);
    }
  }

  /**
   * ISO 4217 codes read as written, in capitals only ("PLN 40 million", "40 million UAH"): as
   * lower-case words some are English ("try", "top", "all").
   */
  private static final java.util.Set<String> CODES = java.util.Set.of("PLN", "CZK", "HUF", "RON", "BGN", "SEK", "NOK", "DKK", "ISK",
      "UAH", "KZT", "UZS", "KGS", "TJS", "TMT", "MNT", "AFN", "IRR", "IQD", "JOD", "KWD", "QAR", "OMR", "BHD", "ILS", "BRL", "ARS",
      "CLP", "COP", "PEN", "UYU", "BOB", "PYG", "GHS", "ETB", "TZS", "UGX", "RWF", "ZMW", "MWK", "MZN", "AOA", "MAD", "DZD", "TND",
      "PGK", "FJD", "WST", "TOP", "VUV", "SBD", "BND", "MVR", "BTN", "CHF", "SLE", "GMD", "LRD", "XCD", "NAD", "BWP", "SCR", "MUR",
      "AMD", "GEL", "AZN", "BYN", "MDL", "RSD", "BAM", "MKD", "SDG", "SOS", "DJF", "ERN", "MGA", "CDF",
      "BIF", "SSP", "LSL", "SZL", "HTG", "JMD", "TTD", "BBD", "GYD", "SRD", "BZD", "DOP", "NIO", "CRC",
      "HNL", "GTQ", "PAB", "VES", "LBP", "SYP", "YER", "LYD", "MRU", "CVE", "KMF", "XPF");
  private static final String CUR = String.join("|", CURRENCY.keySet()) + "|(?-i:" + String.join("|", new java.util.TreeSet<>(CODES)) + ")";
  /** A number under a hundred in words: "nine", "fifteen", "twenty-five". */
  private static final String UNDER_A_HUNDRED =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
          + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s\\-]+(?:one|two|three|four|five|six|seven|eight|nine))?";
  private static final String NUM_WORDS = "(?:" + UNDER_A_HUNDRED + "(?:\\s+hundred)?)";
  /** A number under a thousand in words: "nine hundred", "twenty-five", "one hundred and fifty". */
  private static final String SMALL_WORDS = "(?:" + UNDER_A_HUNDRED + "(?:\\s+hundred(?:\\s+(?:and\\s+)?" + UNDER_A_HUNDRED + ")?)?)";
  /**
   * A sum written out in words over more than one scale, as treasuries and legal texts write it:
   * "Seventeen Billion Nine Hundred Million Japanese Yen", "two million five hundred thousand euros".
   */
  private static final Pattern SPELLED = Pattern.compile("(?i)(?<![\\p{L}])(" + SMALL_WORDS + "\\s+(?:trillion|billion|million|thousand)"
      + "(?:\\s+(?:and\\s+)?" + SMALL_WORDS + "(?:\\s+(?:billion|million|thousand))?)+)\\s+(?:of\\s+)?(" + CUR + ")(?![\\p{L}])");
  private static final String NUM = "(\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + NUM_WORDS + ")";
  private static final String SCALE = "(thousand|million|mln|mn|billion|bln|bn|trillion|crores?|lakhs?|[kmb])";
  private static final Pattern BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}])(" + CUR + ")(?:\\s*\\([A-Z]{3}\\))?\\s?" + NUM + "(?:\\s*-?\\s*" + SCALE + "(?![\\p{L}]))?");
  private static final Pattern AFTER =
      Pattern.compile("(?i)(?<![\\p{L}\\d.,])" + NUM + "(?:\\s*-?\\s*" + SCALE + ")?\\s*(" + CUR + ")(?![\\p{L}])");

  /**
   * A sum in a currency written by its local letter, which this class does not read ("K367 million":
   * kina, kwacha or kyat), standing between a sum and its dollar restatement.
   */
  private static final String LOCAL_SUM = "(?-i:[A-Z]{1,3})\\$?\\s?\\d[\\d,.]*(?:\\s*(?:thousand|million|billion|bn|m)\\b)?";

  /** What stands between a sum and the same sum in another currency: "25 billion yen (about US$234.6 million)". */
  private static final Pattern RESTATEMENT =
      Pattern.compile("(?i)[\\s(),]*(?:(?:about|approximately|approx\\.|around|roughly|some|nearly|almost|over|more\\s+than|close\\s+to"
          + "|(?:the\\s+)?equivalent\\s+(?:to|of)|equal\\s+to|or|i\\.e\\.|" + LOCAL_SUM + ")[\\s(),]*){0,4}");

  private Amounts() {}

  /** Whether {@code gap}, the text between two sums, says the second restates the first. */
  static boolean restates(String gap) {
    return RESTATEMENT.matcher(gap).matches();
  }

  /**
   * The {@code i}-th sum of {@code sums} (found in {@code text}), with the US-dollar conversion the
   * text gives right after it ("25 billion yen (about US$234.6 million)"), when it does.
   */
  static Amount withConversion(String text, List<Found> sums, int i) {
    Found f = sums.get(i);
    if (i + 1 < sums.size() && !f.amount().currency().equals("USD") && sums.get(i + 1).amount().currency().equals("USD")
        && restates(text.substring(f.end(), sums.get(i + 1).start()))) {
      return new Amount(f.amount().value(), f.amount().currency(), sums.get(i + 1).amount().value());
    }
    return f.amount();
  }

  /** Every sum the text states, in order; overlapping readings keep the first. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher w = SPELLED.matcher(text);
    while (w.find()) {
      BigDecimal v = spelledValue(w.group(1));
      String code = code(w.group(2));
      if (v != null && code != null) {
        out.add(new Found(new Amount(v, code, null), w.start(), w.end(), w.group(2).trim().matches("(?i)dollars?")));
      }
    }
    Matcher b = BEFORE.matcher(text);
    while (b.find()) {
      if (b.group(1).matches("(?i)won|yen|kip|dong|rand|lira|taka|euros?|dollars?|riels?|baht|ringgit|rupiah|rupees?|shillings?|naira"
          + "|dirhams?|riyals?|kyats?|roubles?|rubles?|pounds?|francs?|yuan|renminbi")) {
        continue; // currency words follow the number: "won 3 million votes" is not a sum in won
      }
      add(out, b.group(1), b.group(2), b.group(3), b.start(), b.end());
    }
    Matcher a = AFTER.matcher(text);
    while (a.find()) {
      if (a.group(2) == null && a.group(1).matches("\\d{1,3}") && a.group(3).matches("(?i)le|sh\\.?|rm|rp|tk\\.?|rs\\.?")) {
        continue; // "15 Le", "20 Sh": too short to be a sum without a scale
      }
      add(out, a.group(3), a.group(1), a.group(2), a.start(), a.end());
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  private static void add(List<Found> out, String cur, String num, String scale, int start, int end) {
    for (Found f : out) {
      if (start < f.end() && f.start() < end) {
        return;
      }
    }
    String code = code(cur);
    BigDecimal v = value(num);
    if (code == null || v == null) {
      return;
    }
    if (scale != null) {
      v = switch (scale.toLowerCase(Locale.ROOT)) {
        case "thousand", "k" -> v.movePointRight(3);
        case "million", "mln", "mn", "m" -> v.movePointRight(6);
        case "billion", "bln", "bn", "b" -> v.movePointRight(9);
        case "trillion" -> v.movePointRight(12);
        case "crore", "crores" -> v.movePointRight(7);
        case "lakh", "lakhs" -> v.movePointRight(5);
        default -> v;
      };
    } else if (v.compareTo(BigDecimal.valueOf(100)) < 0 && !cur.matches("[$€£¥₹₩]|(?i)us\\$|usd\\$")) {
      return; // "5 dollars" in prose is rarely aid; "won 3" is a verb
    }
    if (v.signum() > 0) {
      boolean bare = cur.trim().matches("(?i)\\$|dollars?");
      out.add(new Found(new Amount(v.stripTrailingZeros().setScale(Math.max(0, v.stripTrailingZeros().scale())), code, null), start, end, bare));
    }
  }

  private static String code(String cur) {
    if (CODES.contains(cur.trim())) {
      return cur.trim();
    }
    String c = cur.toLowerCase(Locale.ROOT).trim();
    for (Map.Entry<String, String> e : CURRENCY.entrySet()) {
      if (c.matches(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The value of a sum in words over several scales: "Seventeen Billion Nine Hundred Million" is 17,900,000,000. */
  static BigDecimal spelledValue(String words) {
    long total = 0;
    long group = 0;
    for (String w : words.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
      switch (w) {
        case "and" -> { }
        case "hundred" -> group = Math.max(1, group) * 100;
        case "thousand" -> { total += group * 1_000L; group = 0; }
        case "million" -> { total += group * 1_000_000L; group = 0; }
        case "billion" -> { total += group * 1_000_000_000L; group = 0; }
        case "trillion" -> { total += group * 1_000_000_000_000L; group = 0; }
        default -> {
          BigDecimal unit = value(w);
          if (unit == null) {
            return null;
          }
          group += unit.longValue();
        }
      }
    }
    total += group;
    return total > 0 ? BigDecimal.valueOf(total) : null;
  }

  static BigDecimal value(String num) {
    String n = num.trim();
    if (n.matches("[\\d,\\s.]+")) {
      String digits = n.matches("\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d+)?") ? n.replaceAll("[,\\s]", "") : n;
      try {
        return new BigDecimal(digits);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    long total = 0;
    for (String w : n.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
      int x = switch (w) {
        case "one" -> 1; case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5; case "six" -> 6;
        case "seven" -> 7; case "eight" -> 8; case "nine" -> 9; case "ten" -> 10; case "eleven" -> 11; case "twelve" -> 12;
        case "thirteen" -> 13; case "fourteen" -> 14; case "fifteen" -> 15; case "sixteen" -> 16;
        case "seventeen" -> 17; case "eighteen" -> 18; case "nineteen" -> 19; case "twenty" -> 20; case "thirty" -> 30; case "forty" -> 40; case "fifty" -> 50;
        case "sixty" -> 60; case "seventy" -> 70; case "eighty" -> 80; case "ninety" -> 90;
        case "hundred" -> -100;
        default -> 0;
      };
      total = x == -100 ? Math.max(1, total) * 100 : total + x;
    }
    return total > 0 ? BigDecimal.valueOf(total) : null;
  }
}
