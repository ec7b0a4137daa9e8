package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Hand-tagged sentences for tests, so that actor resolution is tested without the tagger.
 *
 * <p>A spec is "word/POS/NER" items separated by spaces (POS defaults to NNP, NER to O); "|"
 * stands for a line break. Runs of one non-O NER tag become one mention of that type; items in
 * [brackets] form one ORGANIZATION mention whatever their tags.
 */
final class Sentences {
  private Sentences() {}

  /** A one-sentence document. */
  static Annotated doc(String spec) {
    return doc("", spec);
  }

  /** A one-sentence document after a first line that the tagger does not see (a dateline, a letterhead). */
  static Annotated doc(String head, String spec) {
    StringBuilder text = new StringBuilder(head);
    Sentence s = sentence(head, spec, text);
    return new Annotated(text.toString(), List.of(s));
  }

  static Sentence sentence(String head, String spec) {
    return sentence(head, spec, new StringBuilder(head));
  }

  private static Sentence sentence(String head, String spec, StringBuilder text) {
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int orgStart = -1;
    boolean lineBreak = false;
    for (String item : spec.trim().split(" ")) {
      if (item.equals("|")) {
        lineBreak = true;
        continue;
      }
      boolean open = item.startsWith("[");
      boolean close = item.endsWith("]");
      item = item.replace("[", "").replace("]", "");
      String[] p = item.split("/");
      if (tokens.size() > 0) {
        text.append(lineBreak ? '\n' : ' ');
      }
      lineBreak = false;
      int start = text.length();
      text.append(p[0]);
      if (open) {
        orgStart = tokens.size();
      }
      tokens.add(new Token(p[0], start, text.length(), p.length > 1 ? p[1] : "NNP", p[0], p.length > 2 ? p[2] : "O", null));
      if (close) {
        int from = tokens.get(orgStart).start();
        mentions.add(new Mention(text.substring(from), from, text.length(), "ORGANIZATION", null, orgStart, tokens.size()));
        orgStart = -1;
      }
    }
    for (int i = 0; i < tokens.size(); ) {
      String ner = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
        j++;
      }
      if (!ner.equals("O") && !ner.equals("ORGANIZATION")) {
        int from = tokens.get(i).start();
        int to = tokens.get(j - 1).end();
        mentions.add(new Mention(text.substring(from, to), from, to, ner, null, i, j));
      }
      i = j;
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Sentence(0, head.length(), text.length(), tokens, mentions);
  }
}
