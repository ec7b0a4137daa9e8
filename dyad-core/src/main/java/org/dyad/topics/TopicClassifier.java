package org.dyad.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Assigns a document the topics of the closed list (FORMAT.md, "Topics") that it talks about.
 *
 * <p>A topic is assigned when the mentions of its lexicon terms add up to at least one: a term of
 * full weight needs one mention, a generic word of weight 0.5 ("sustainable", "culture") needs
 * two. Instances are immutable and safe to share between threads.
 */
public final class TopicClassifier {
  /** The closed list, in the order of FORMAT.md; {@link #classify} returns topics in this order. */
  static final List<String> TOPICS =
      List.of(
          "digital",
          "water",
          "energy",
          "infrastructure",
          "trade_investment",
          "finance",
          "security_defense",
          "demining",
          "health",
          "disaster",
          "environment",
          "human_resources",
          "culture_people",
          "regional_affairs",
          "agriculture",
          "justice");

  static final String RESOURCE = "topics.tsv";

  // a little slack so that two half-weight mentions reach the threshold despite rounding
  private static final double THRESHOLD = 1.0 - 1e-9;

  private final Lexicon lexicon;

  TopicClassifier(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The classifier with the bundled lexicon ({@code org/dyad/topics/topics.tsv}).
   *
   * @throws IllegalStateException if the bundled lexicon is missing or malformed (a build error)
   */
  public static TopicClassifier standard() {
    return Standard.INSTANCE;
  }

  /** Lazily loaded once per class loader. */
  private static final class Standard {
    static final TopicClassifier INSTANCE = new TopicClassifier(load());

    private static Lexicon load() {
      try (InputStream in = TopicClassifier.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled lexicon " + RESOURCE + " is missing from the class path");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            lines.add(line);
          }
        }
        return Lexicon.parse(lines, new LinkedHashSet<>(TOPICS), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled lexicon " + RESOURCE, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("bundled lexicon is malformed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Topics of the closed list that the text is about, in the list's order.
   *
   * @param text the repaired document text; {@code null} is treated as empty
   * @return an immutable list, empty when no topic reaches its threshold
   */
  public List<String> classify(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Map<String, Double> score = new HashMap<>();
    for (Lexicon.Match m : lexicon.matches(text)) {
      m.term().weights().forEach((topic, w) -> score.merge(topic, w, Double::sum));
    }
    List<String> out = new ArrayList<>();
    for (String topic : TOPICS) {
      if (score.getOrDefault(topic, 0.0) >= THRESHOLD) {
        out.add(topic);
      }
    }
    return List.copyOf(out);
  }

  /** The term mentions found in the text, in text order; for tests and for explaining a result. */
  List<Lexicon.Match> evidence(String text) {
    return text == null ? List.of() : lexicon.matches(text);
  }
}
