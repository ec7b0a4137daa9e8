package org.dyad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A set of known English words, looked up case-insensitively. */
final class WordList {
  static final String RESOURCE = "words.txt";

  private final Set<String> words;

  private WordList(Set<String> words) {
    this.words = words;
  }

  /** The bundled SCOWL list (see words.NOTICE.txt), loaded once. */
  static WordList bundled() {
    return Bundled.INSTANCE;
  }

  static WordList of(Set<String> words) {
    Set<String> lower = new HashSet<>();
    for (String w : words) {
      lower.add(w.toLowerCase(Locale.ROOT));
    }
    return new WordList(lower);
  }

  boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  int size() {
    return words.size();
  }

  private static final class Bundled {
    static final WordList INSTANCE = load();

    private static WordList load() {
      Set<String> words = new HashSet<>(150_000);
      try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/dyad/text/" + RESOURCE);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read org/dyad/text/" + RESOURCE, e);
      }
      return new WordList(words);
    }
  }
}
