package org.dyad.text;

/** The bundled English word list, for readers outside text repair (PDF dehyphenation). */
public final class Words {
  private Words() {}

  /** Whether the word (any case) is in the bundled SCOWL list. */
  public static boolean isWord(String word) {
    return WordList.bundled().contains(word);
  }
}
