package org.dyad.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed topic lexicon: terms, each with the topics it indicates and how much one mention
 * counts. See the header of {@code topics.tsv} for the file format.
 */
final class Lexicon {
  /** The topic column value of a term that claims its words for no topic ("Port Moresby"). */
  static final String NONE = "-";

  /** One word of a term: an acronym compares as written, other words by their folded form. */
  record Word(String text, boolean acronym) {
    boolean matches(Words.Token t) {
      // acronyms take a plain plural ("FTAs", "SMEs") but no other change
      return acronym ? t.raw().equals(text) || t.raw().equals(text + "s") : t.norm().equals(text);
    }
  }

  /** A term of one or more words and the weight one mention adds to each of its topics. */
  record Term(String spelling, List<Word> words, Map<String, Double> weights) {
    Term {
      words = List.copyOf(words);
      weights = Map.copyOf(weights);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("term without words: '" + spelling + "'");
      }
    }
  }

  /** Where a term was found in a text. */
  record Match(Term term, int begin, int end) {}

  private final Map<String, List<Term>> byFirstWord;

  private Lexicon(Map<String, List<Term>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /**
   * Parses lexicon lines.
   *
   * @param topics the closed list; any other topic name is an error
   * @param source named in error messages
   * @throws IllegalArgumentException on a malformed line, an unknown topic, a weight outside
   *     (0, 1], or a term listed twice for the same topic
   */
  static Lexicon parse(List<String> lines, Set<String> topics, String source) {
    Map<String, Term> terms = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + lineNo + ": ";
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols.length > 3) {
        throw new IllegalArgumentException(where + "expected topic<TAB>term[<TAB>weight], got '" + line + "'");
      }
      String topic = cols[0].strip();
      String spelling = cols[1].strip();
      if (!topic.equals(NONE) && !topics.contains(topic)) {
        throw new IllegalArgumentException(where + "unknown topic '" + topic + "', expected one of " + topics + " or " + NONE);
      }
      double weight = 1.0;
      if (cols.length == 3) {
        try {
          weight = Double.parseDouble(cols[2].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + "weight '" + cols[2] + "' is not a number", e);
        }
        if (!(weight > 0 && weight <= 1) || topic.equals(NONE)) {
          throw new IllegalArgumentException(where + "weight must lie in (0, 1] and only on a topic term");
        }
      }
      List<Word> words = new ArrayList<>();
      for (Words.Token t : Words.tokenize(spelling)) {
        boolean acronym = Words.isAcronym(t.raw());
        words.add(new Word(acronym ? t.raw() : t.norm(), acronym));
      }
      if (words.isEmpty()) {
        throw new IllegalArgumentException(where + "term '" + spelling + "' has no words");
      }
      // the same word sequence under several topics is one term with several weights
      Term old = terms.get(words.toString());
      Map<String, Double> weights = new HashMap<>(old == null ? Map.of() : old.weights());
      if (!seen.add(topic + "\t" + words)) {
        throw new IllegalArgumentException(where + "'" + spelling + "' is already listed for " + topic);
      }
      if (!topic.equals(NONE)) {
        weights.put(topic, weight);
      }
      terms.put(words.toString(), new Term(old == null ? spelling : old.spelling(), words, weights));
    }
    Map<String, List<Term>> index = new HashMap<>();
    for (Term t : terms.values()) {
      index.computeIfAbsent(key(t.words().get(0)), k -> new ArrayList<>()).add(t);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(Map.copyOf(index));
  }

  private static String key(Word w) {
    return w.acronym() ? Words.fold(w.text()) : w.text();
  }

  /**
   * Leftmost-longest, non-overlapping term matches. A longer term hides the shorter ones inside
   * it, which is how "port call" (security) keeps "port" (infrastructure) from firing and how
   * "business environment" keeps "environment" quiet.
   */
  List<Match> matches(String text) {
    List<Words.Token> tokens = Words.tokenize(text);
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Term best = null;
      for (Term t : byFirstWord.getOrDefault(tokens.get(i).norm(), List.of())) {
        if ((best == null || t.words().size() > best.words().size()) && matchesAt(t, tokens, i)) {
          best = t;
        }
      }
      if (best == null) {
        i++;
      } else {
        int last = i + best.words().size() - 1;
        out.add(new Match(best, tokens.get(i).begin(), tokens.get(last).end()));
        i = last + 1;
      }
    }
    return out;
  }

  private static boolean matchesAt(Term t, List<Words.Token> tokens, int i) {
    if (i + t.words().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < t.words().size(); k++) {
      if (!t.words().get(k).matches(tokens.get(i + k))) {
        return false;
      }
    }
    return true;
  }
}
