package org.dyad.topics;

import java.util.List;

/** PLACEHOLDER until the topic stage lands. */
public final class TopicClassifier {
  private TopicClassifier() {}

  /** The classifier with the bundled lexicon. */
  public static TopicClassifier standard() {
    return new TopicClassifier();
  }

  /** Topics of the closed list that the text is about, in the list's order. */
  public List<String> classify(String text) {
    return List.of();
  }
}
