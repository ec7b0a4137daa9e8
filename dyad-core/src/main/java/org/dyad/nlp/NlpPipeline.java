package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP behind one method. Thread-safe; create once per process (loading takes tens of
 * seconds).
 */
public final class NlpPipeline {
  private static volatile NlpPipeline standard;
  private final StanfordCoreNLP corenlp;
  private final FineTagger fine;

  private NlpPipeline(Properties props, FineTagger fine) {
    this.corenlp = new StanfordCoreNLP(props);
    this.fine = fine;
  }

  /** Dyad's pipeline: tokenize, ssplit, pos, lemma, ner (with SUTime and money), loaded once. */
  public static NlpPipeline standard() {
    NlpPipeline p = standard;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = standard;
        if (p == null) {
          p = new NlpPipeline(dyadProperties(), FineTagger.standard(org.dyad.kb.KnowledgeBase.standard()));
          standard = p;
        }
      }
    }
    return p;
  }

  /** The CoreNLP settings Dyad uses; exposed so that a benchmark can state what it measures. */
  public static Properties dyadProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Paragraph breaks end sentences: headings and datelines must not glue onto the next paragraph.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    // One CRF model instead of three: persons, organizations and locations are what Dyad needs.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    // CoreNLP's fine-grained pass (a large regular-expression gazetteer) takes about two thirds of
    // the annotation time; the four fine tags Dyad reads (COUNTRY, NATIONALITY, CITY, TITLE) come
    // from the knowledge base instead (FineTagger), at a fraction of the cost.
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("ner.docdate.usePresent", "false");
    return props;
  }

  /**
   * Annotates a text.
   *
   * @param text the repaired text
   * @param referenceDate the date relative expressions ("yesterday", "Oct. 21") resolve against,
   *     or {@code null} when unknown
   */
  public Annotated annotate(String text, LocalDate referenceDate) {
    Annotation ann = new Annotation(text);
    if (referenceDate != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    corenlp.annotate(ann);
    CoreDocument doc = new CoreDocument(ann);
    List<Sentence> out = new ArrayList<>();
    int si = 0;
    for (CoreSentence cs : doc.sentences()) {
      List<CoreLabel> labels = cs.tokens();
      List<Token> tokens = new ArrayList<>(labels.size());
      int base = labels.isEmpty() ? 0 : labels.get(0).index() - 1;
      for (CoreLabel l : labels) {
        String ner = l.ner() == null ? "O" : l.ner();
        String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(l.word(), l.beginPosition(), l.endPosition(), l.tag(), l.lemma(), ner, norm));
      }
      List<Mention> mentions = new ArrayList<>();
      if (cs.entityMentions() != null) {
        for (CoreEntityMention m : cs.entityMentions()) {
          List<CoreLabel> mt = m.tokens();
          int first = mt.get(0).index() - 1 - base;
          int end = mt.get(mt.size() - 1).index() - base;
          String norm = mt.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          int[] off = m.charOffsets().first() == null ? new int[] {mt.get(0).beginPosition(), mt.get(mt.size() - 1).endPosition()}
              : new int[] {m.charOffsets().first(), m.charOffsets().second()};
          mentions.add(new Mention(text.substring(off[0], off[1]), off[0], off[1], m.entityType(), norm, first, end));
        }
      }
      int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
      int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
      out.add(fine.tag(text, new Sentence(si++, start, end, tokens, mentions)));
    }
    return new Annotated(text, joinAfterHonorifics(out));
  }

  /** Abbreviated honorifics after which the tokenizer wrongly ends a sentence ("... Affairs H.E. Ms. X"). */
  private static final java.util.Set<String> HONORIFIC_ABBREVIATIONS =
      java.util.Set.of("H.E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Amb.", "Sen.", "Rep.", "Hon.", "Capt.",
          "Adm.", "Maj.", "Sgt.", "Excellency.", "Messrs.", "Mme.", "St.");

  /** The tokenizer may end a sentence on "H.E.", or on "H.E." or "H.E" followed by a lone ".". */
  private static boolean endsWithHonorific(List<Token> t) {
    int n = t.size();
    if (n == 0) {
      return false;
    }
    String last = t.get(n - 1).word();
    if (HONORIFIC_ABBREVIATIONS.contains(last)) {
      return true;
    }
    return n >= 2 && last.equals(".")
        && (HONORIFIC_ABBREVIATIONS.contains(t.get(n - 2).word()) || HONORIFIC_ABBREVIATIONS.contains(t.get(n - 2).word() + "."));
  }

  private static List<Sentence> joinAfterHonorifics(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && !s.tokens().isEmpty() && endsWithHonorific(prev.tokens())
          && Character.isUpperCase(s.tokens().get(0).word().charAt(0))) {
        int shift = prev.tokens().size();
        List<Token> tokens = new ArrayList<>(prev.tokens());
        tokens.addAll(s.tokens());
        List<Mention> mentions = new ArrayList<>(prev.mentions());
        for (Mention m : s.mentions()) {
          mentions.add(new Mention(m.text(), m.start(), m.end(), m.type(), m.normalized(), m.firstToken() + shift, m.endToken() + shift));
        }
        out.set(out.size() - 1, new Sentence(prev.index(), prev.start(), s.end(), tokens, mentions));
      } else {
        out.add(new Sentence(out.size(), s.start(), s.end(), s.tokens(), s.mentions()));
      }
    }
    return out;
  }
}
