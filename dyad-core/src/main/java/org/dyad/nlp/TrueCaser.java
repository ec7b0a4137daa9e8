package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Restores the case of prose written in capitals, as telegrams and cables are ("DURING MY CALL ON
 * FOREIGN MINISTER ISMAIL FAHMY APRIL 11" becomes "During my call on Foreign Minister Ismail Fahmy
 * April 11"), so that the taggers, trained on mixed-case text, read its verbs as verbs and its names
 * as names. Only texts written mostly in capitals are restored, and in them only lines of capitals
 * with several words; every other character, and so every offset, stays as it was.
 *
 * <p>CoreNLP's truecaser (a CRF in the English models jar) is loaded on the first text that needs
 * it: it takes some seconds and about a gigabyte, which documents in mixed case never pay.
 */
final class TrueCaser {
  private static volatile StanfordCoreNLP pipeline;

  /** Letters a line needs before it counts as prose: shorter lines of capitals are headings and codes. */
  private static final int MIN_LETTERS = 15;
  /** Words of three letters or more a line needs: "O 121530Z APR 77" and "FM AMEMBASSY CAIRO" are not prose. */
  private static final int MIN_WORDS = 4;

  /** The share of a text's letters its lines of prose in capitals must hold: a cable's, not a headline's. */
  private static final double MIN_SHARE = 0.5;

  private TrueCaser() {}

  /** The text with its lines of capitals in restored case; the text itself when it has none. */
  static String restore(String text) {
    char[] masked = new char[text.length()];
    int inCapitals = 0;
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      boolean capitals = capitalsLine(text, from, to);
      for (int i = from; i < to; i++) {
        masked[i] = capitals ? text.charAt(i) : ' ';
        inCapitals += capitals && Character.isLetter(text.charAt(i)) ? 1 : 0;
      }
      if (nl < 0) {
        break;
      }
      masked[nl] = '\n';
      from = nl + 1;
    }
    if (inCapitals == 0 || inCapitals < text.chars().filter(Character::isLetter).count() * MIN_SHARE) {
      return text; // a headline in capitals above prose in mixed case is a headline: its words may be names
    }
    Annotation ann = new Annotation(new String(masked));
    pipeline().annotate(ann);
    StringBuilder out = new StringBuilder(text);
    for (CoreLabel l : ann.get(CoreAnnotations.TokensAnnotation.class)) {
      String cased = l.get(CoreAnnotations.TrueCaseTextAnnotation.class);
      int s = l.beginPosition();
      int e = l.endPosition();
      // a token the truecaser would lengthen or shorten keeps its letters: offsets must not move
      if (cased != null && cased.length() == e - s && cased.equalsIgnoreCase(text.substring(s, e))) {
        out.replace(s, e, cased);
      }
    }
    return out.toString();
  }

  /** Whether {@code text[from, to)} is a line of prose in capitals: nine in ten letters upper case, several words. */
  static boolean capitalsLine(String text, int from, int to) {
    int letters = 0;
    int upper = 0;
    int words = 0;
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        run++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else {
        words += run >= 3 ? 1 : 0;
        run = 0;
      }
    }
    words += run >= 3 ? 1 : 0;
    return letters >= MIN_LETTERS && words >= MIN_WORDS && upper * 10 >= letters * 9;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (TrueCaser.class) {
        p = pipeline;
        if (p == null) {
          Properties props = new Properties();
          props.setProperty("annotators", "tokenize,ssplit,pos,lemma,truecase");
          props.setProperty("ssplit.newlineIsSentenceBreak", "two");
          props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
          p = new StanfordCoreNLP(props);
          pipeline = p;
        }
      }
    }
    return p;
  }
}
