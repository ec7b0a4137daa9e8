package org.dyad.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one document, counted case-insensitively, so that a name the word list does not
 * know ("Samdech") can still be recognised when a line break splits one of its occurrences.
 */
final class DocumentVocabulary {
  private final Map<String, Integer> counts = new HashMap<>();
  // adjacent parts of hyphenated compounds, "socio-economic" -> "socio-economic"
  private final Set<String> hyphenPairs = new HashSet<>();

  DocumentVocabulary(String text) {
    int n = text.length();
    int i = 0;
    String previousWord = null;
    int previousEnd = -1;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      counts.merge(word, 1, Integer::sum);
      if (previousWord != null && previousEnd == start - 1 && text.charAt(start - 1) == '-') {
        hyphenPairs.add(previousWord + "-" + word);
      }
      previousWord = word;
      previousEnd = i;
    }
  }

  int count(String word) {
    return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  boolean hasHyphenated(String left, String right) {
    return hyphenPairs.contains((left + "-" + right).toLowerCase(Locale.ROOT));
  }
}
