package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.dyad.text.TextRepairer;

/**
 * Stanford CoreNLP behind one method. Thread-safe; create once per process (loading takes tens of
 * seconds).
 */
public final class NlpPipeline {
  private static volatile NlpPipeline standard;
  /**
   * Tokens longer than this many characters are cut to it for tagging (their offsets still span
   * the whole token): no word is that long, and the taggers' features and SUTime's patterns look
   * at every character.
   */
  public static final int MAX_TOKEN_CHARS = 100;

  /** tokenize and ssplit: the sentences are then split where too long, before the taggers run. */
  private final StanfordCoreNLP splitter;
  /** pos, lemma and ner with SUTime and the numeric classifiers, on sentences that can hold a time or a number. */
  private final StanfordCoreNLP taggers;
  /** pos, lemma and ner without them, on the other sentences: the same tags, in a third of the time. */
  private final StanfordCoreNLP plainTaggers;
  /** pos, lemma and ner with the numeric classifiers but without SUTime, on sentences with numbers and no time words. */
  private final StanfordCoreNLP numericTaggers;
  private final FineTagger fine;

  /**
   * Words without which SUTime tags nothing in a sentence: digits, months, weekdays, holidays and
   * words of time; with {@link #NUMBER}, the words without which CoreNLP's numeric classifiers tag
   * nothing either. Generous on purpose: a sentence that matches is tagged as before; one that does
   * not would get no time (or no money, number or ordinal) tag anyway.
   */
  private static final Pattern TIME = Pattern.compile("(?iu)[0-9]|\\b(?-i:May)\\b|\\b(?:"
      + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december"
      + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays"
      + "|thursdays|fridays|saturdays|sundays|weekday|weekdays|weekend|weekends"
      + "|today|tonight|tomorrow|yesterday|now|nowadays|currently|recent|recently|lately|past|present|future|ago"
      + "|minute|minutes|hour|hours|hourly|day|days|daily|week|weeks|weekly|fortnight|month|months|monthly|year|years|yearly"
      + "|annual|annually|decade|decades|century|centuries|millennium|quarter|quarters|season|seasons"
      + "|morning|mornings|afternoon|afternoons|evening|evenings|night|nights|overnight|noon|midday|midnight|dawn|dusk|sunrise|sunset"
      + "|spring|summer|autumn|winter|christmas|easter|ramadan|eid|diwali|thanksgiving|halloween|hanukkah|passover|eve|holiday|holidays"
      + ")\\b");
  /** Words of numbers, ordinals and money, for the numeric classifiers: a sentence with these and no time word needs no SUTime. */
  private static final Pattern NUMBER = Pattern.compile("(?iu)[$€£¥₹₩%]|\\b(?:"
      + "once|twice|thrice|half|second|seconds|zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
      + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion"
      + "|billions|trillion|trillions|lakh|lakhs|crore|crores|dozen|dozens|couple"
      + "|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
      + "|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth"
      + "|percent|pct|dollar|dollars|cent|cents|euro|euros|pound|pounds|sterling|penny|pence|yen|yuan|renminbi|rmb|won|rupee|rupees"
      + "|rupiah|peso|pesos|franc|francs|riel|riels|baht|dong|ringgit|dirham|dirhams|riyal|riyals|rial|rials|ruble|rubles|rouble|roubles"
      + "|shilling|shillings|naira|rand|lira|taka|kip|kyat|kyats|reais|krona|krone|kronor|zloty|forint|dinar|dinars|dram|manat|som"
      + "|tenge|lari|hryvnia|leu|lev|kuna|birr|cedi|kwacha|pula|dalasi|leone|ariary|fcfa|cfa|usd|eur|gbp|jpy|cny|inr|krw|aud|cad|chf)\\b");

  private NlpPipeline(Properties props, FineTagger fine) {
    Properties first = (Properties) props.clone();
    first.setProperty("annotators", "tokenize,ssplit");
    Properties second = (Properties) props.clone();
    List<String> rest = new ArrayList<>(List.of(props.getProperty("annotators").split(",")));
    rest.removeAll(List.of("tokenize", "ssplit"));
    second.setProperty("annotators", String.join(",", rest));
    // the tokens and sentences come from the first pipeline
    second.setProperty("enforceRequirements", "false");
    this.splitter = new StanfordCoreNLP(first);
    this.taggers = new StanfordCoreNLP(second);
    Properties plain = (Properties) second.clone();
    plain.setProperty("ner.useSUTime", "false");
    plain.setProperty("ner.applyNumericClassifiers", "false");
    this.plainTaggers = new StanfordCoreNLP(plain);
    Properties numeric = (Properties) second.clone();
    numeric.setProperty("ner.useSUTime", "false");
    this.numericTaggers = new StanfordCoreNLP(numeric);
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

  /** Annotates a text with sentences of at most 200 tokens. */
  public Annotated annotate(String text, LocalDate referenceDate) {
    return annotate(text, referenceDate, 200);
  }

  private static final java.util.Set<String> MONTH_NAMES = java.util.Set.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  /** Words that stand before a name and never before a date: "Hon. January Makamba", "Minister April Lee". */
  private static final java.util.Set<String> BEFORE_A_NAME = java.util.Set.of("hon.", "hon", "honourable", "honorable", "mr.", "mr", "mrs.",
      "mrs", "ms.", "ms", "dr.", "dr", "h.e.", "prof.", "minister", "secretary", "ambassador", "senator", "governor", "president");

  /**
   * "my call on Foreign Minister Ismail Fahmy April 11": a month's name that ends a person and is
   * followed by a day is the date's, not the person's.
   */
  static void monthsAfterNames(String text, List<Token> tokens, List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int last = m.endToken() - 1;
      if (!m.type().equals("PERSON") || m.endToken() - m.firstToken() < 2 || !MONTH_NAMES.contains(tokens.get(last).word())
          || m.endToken() >= tokens.size() || !tokens.get(m.endToken()).word().matches("(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?")) {
        continue;
      }
      Token month = tokens.get(last);
      tokens.set(last, new Token(month.word(), month.start(), month.end(), month.pos(), month.lemma(), "DATE", null));
      int end = tokens.get(last - 1).end();
      mentions.set(i, new Mention(text.substring(m.start(), end), m.start(), end, "PERSON", m.normalized(), m.firstToken(), last));
    }
  }

  /**
   * "Hon. January Makamba": a month's name between a form of address and a person is that
   * person's given name, not a date. The month's date mention and the person's become one person.
   */
  static void monthsThatAreGivenNames(String text, List<Token> tokens, List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention d = mentions.get(i);
      if (!d.type().equals("DATE") || d.endToken() - d.firstToken() != 1 || !MONTH_NAMES.contains(tokens.get(d.firstToken()).word())
          || d.firstToken() == 0 || !BEFORE_A_NAME.contains(tokens.get(d.firstToken() - 1).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int person = -1;
      for (int j = 0; j < mentions.size(); j++) {
        if (mentions.get(j).type().equals("PERSON") && mentions.get(j).firstToken() == d.endToken()) {
          person = j;
        }
      }
      int end = d.endToken();
      if (person >= 0) {
        end = mentions.get(person).endToken();
      } else {
        // the tagger saw no person in the surname either: the capitalized words that follow
        while (end < tokens.size() && end - d.endToken() < 3 && tokens.get(end).ner().equals("O") && tokens.get(end).pos().startsWith("NNP")
            && Character.isUpperCase(tokens.get(end).word().charAt(0)) && tokens.get(end).word().chars().allMatch(Character::isLetter)) {
          end++;
        }
        if (end == d.endToken()) {
          continue;
        }
      }
      for (int k = d.firstToken(); k < end; k++) {
        Token x = tokens.get(k);
        tokens.set(k, new Token(x.word(), x.start(), x.end(), "NNP", x.word(), "PERSON", null));
      }
      int last = tokens.get(end - 1).end();
      Mention whole = new Mention(text.substring(d.start(), last), d.start(), last, "PERSON", null, d.firstToken(), end);
      if (person >= 0) {
        mentions.set(person, whole);
        mentions.remove(i);
      } else {
        mentions.set(i, whole);
      }
      i = -1; // indices moved: look again from the start
    }
  }

  /**
   * Annotates a text. Time is linear in the length of the text: sentences longer than {@code
   * maxSentenceTokens} are split into pieces of at most that many tokens before the taggers run
   * (SUTime's pattern matching is superlinear in the length of a sentence), and over-long tokens
   * are cut to {@link #MAX_TOKEN_CHARS} characters for tagging; {@link Annotated#notes} says so.
   *
   * @param original the repaired text; lines of prose in capitals are read in restored case, and
   *     {@link Annotated#text} is the text so restored (the same length, the same offsets)
   * @param referenceDate the date relative expressions ("yesterday", "Oct. 21") resolve against,
   *     or {@code null} when unknown
   * @param maxSentenceTokens the most tokens in one sentence
   */
  public Annotated annotate(String original, LocalDate referenceDate, int maxSentenceTokens) {
    // prose in capitals (cables, telegrams) is tagged in restored case, at the same offsets
    String text = TrueCaser.restore(original);
    Annotation ann = new Annotation(text);
    if (referenceDate != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    splitter.annotate(ann);
    List<String> notes = new ArrayList<>();
    capTokens(ann, notes);
    splitSentences(ann, text, maxSentenceTokens, notes);
    if (Thread.interrupted()) {
      throw new edu.stanford.nlp.util.RuntimeInterruptedException();
    }
    tag(ann, text);
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
      monthsThatAreGivenNames(text, tokens, mentions);
      monthsAfterNames(text, tokens, mentions);
      int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
      int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
      out.add(fine.tag(text, new Sentence(si++, start, end, tokens, mentions)));
    }
    return new Annotated(text, joinAfterHonorifics(out, maxSentenceTokens), notes, original);
  }

  /**
   * Runs the taggers, the expensive time and number taggers only on the sentences that can hold
   * what they find ({@link #TIME_OR_NUMBER}); each sentence gets the tags it would get from one pass
   * over all of them.
   */
  private void tag(Annotation ann, String text) {
    List<CoreMap> all = ann.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> numbered = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : all) {
      int from = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int to = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String sentence = text.substring(from, to);
      (mayHoldTime(sentence) ? timed : mayHoldTimeOrNumber(sentence) ? numbered : plain).add(s);
    }
    if (timed.size() == all.size()) {
      taggers.annotate(ann);
      return;
    }
    try {
      annotate(ann, timed, taggers);
      annotate(ann, numbered, numericTaggers);
      annotate(ann, plain, plainTaggers);
    } finally {
      ann.set(CoreAnnotations.SentencesAnnotation.class, all);
    }
  }

  private static void annotate(Annotation ann, List<CoreMap> sentences, StanfordCoreNLP pipeline) {
    if (!sentences.isEmpty()) {
      ann.set(CoreAnnotations.SentencesAnnotation.class, sentences);
      pipeline.annotate(ann);
    }
  }

  /** Whether SUTime or the numeric classifiers can find anything in this sentence. */
  static boolean mayHoldTimeOrNumber(String sentence) {
    return mayHoldTime(sentence) || NUMBER.matcher(sentence).find();
  }

  /** Whether SUTime can find anything in this sentence: digits, months, weekdays, words of time. */
  static boolean mayHoldTime(String sentence) {
    return TIME.matcher(sentence).find();
  }

  /** Cuts the word of every token longer than {@link #MAX_TOKEN_CHARS} characters. */
  private static void capTokens(Annotation ann, List<String> notes) {
    int capped = 0;
    int longest = 0;
    for (CoreLabel l : ann.get(CoreAnnotations.TokensAnnotation.class)) {
      String w = l.word();
      if (w != null && w.length() > MAX_TOKEN_CHARS) {
        int cut = MAX_TOKEN_CHARS;
        if (Character.isHighSurrogate(w.charAt(cut - 1))) {
          cut--;
        }
        l.setWord(w.substring(0, cut));
        l.setValue(w.substring(0, cut));
        capped++;
        longest = Math.max(longest, w.length());
      }
    }
    if (capped > 0) {
      notes.add(
          capped + (capped == 1 ? " token" : " tokens") + " longer than " + MAX_TOKEN_CHARS + " characters (the longest "
              + longest + ") tagged by " + (capped == 1 ? "its" : "their") + " first " + MAX_TOKEN_CHARS + " characters only");
    }
  }

  /**
   * Splits every sentence of more than {@code max} tokens into pieces of at most {@code max}
   * tokens, each ending at a comma or semicolon in its second half when there is one; the pieces
   * share the document's token objects, so tagging them tags the document.
   */
  private static void splitSentences(Annotation ann, String text, int max, List<String> notes) {
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    int split = 0;
    int longest = 0;
    int datelines = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int dateline = datelineEnd(text, tokens);
      if (tokens.size() <= max && dateline < 0) {
        out.add(s);
        continue;
      }
      int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      int from = 0;
      while (dateline > 0) {
        // "Nairobi, 9 May 2023\nOn 8 May, the President ...": the dateline is not part of the sentence below it
        datelines++;
        out.add(piece(text, tokens.subList(from, from + dateline), tokenBegin + from, s));
        from += dateline;
        dateline = datelineEnd(text, tokens.subList(from, tokens.size()));
      }
      if (tokens.size() - from > max) {
        split++;
        longest = Math.max(longest, tokens.size());
      }
      while (from < tokens.size()) {
        int to = cut(tokens, from, max);
        out.add(piece(text, tokens.subList(from, to), tokenBegin + from, s));
        from = to;
      }
    }
    if (split == 0 && datelines == 0) {
      return;
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap s = out.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        l.setSentIndex(i);
      }
    }
    ann.set(CoreAnnotations.SentencesAnnotation.class, out);
    if (split == 0) {
      return;
    }
    notes.add(
        split + (split == 1 ? " sentence" : " sentences") + " longer than " + max + " tokens (the longest " + longest
            + ") split into pieces of at most " + max + " tokens before tagging (raise max-sentence-tokens)");
  }

  /** A dateline's or stamp's last word: a year, or a time of day after one. */
  private static final Pattern DATELINE_END = Pattern.compile("(?:19|20)\\d\\d|\\d{1,2}:\\d\\d(?::\\d\\d)?");

  /**
   * The token after a sentence's first line when that line is a dateline or date stamp ("Nairobi, 9
   * May 2023", "Posted 2023-05-09 14:05"): at most twelve tokens, ending in a year or a time, with
   * the next line opening with a capital or a digit; else -1.
   */
  static int datelineEnd(String text, List<CoreLabel> tokens) {
    for (int k = 0; k + 1 < tokens.size() && k < 24; k++) {
      String between = text.substring(tokens.get(k).endPosition(), tokens.get(k + 1).beginPosition());
      if (between.indexOf('\n') < 0) {
        continue;
      }
      String next = tokens.get(k + 1).word();
      boolean opens = !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)));
      boolean stamp = k + 2 < tokens.size() && STAMP_WORDS.contains(next.toLowerCase(java.util.Locale.ROOT))
          && tokens.get(k + 2).word().equals(":")
          || TextRepairer.isStampLine(text.substring(tokens.get(0).beginPosition(), tokens.get(k).endPosition()));
      // "Kenya, Ethiopia pledge to deepen ties\nSource: Xinhua | 2023-08-03": a headline over its page's stamp
      return opens && (k < 12 && DATELINE_END.matcher(tokens.get(k).word()).matches() || stamp) ? k + 1 : -1;
    }
    return -1;
  }

  /** Words that open a page's stamp line ("Source: Xinhua | ...", "Posted: ..."). */
  private static final java.util.Set<String> STAMP_WORDS =
      java.util.Set.of("source", "posted", "published", "updated", "date", "by", "author", "editor", "written");

  private static final java.util.Set<String> CUT_AFTER = java.util.Set.of(",", ";", ":", "--", "-", "\u2013", "\u2014");

  /** Where the piece starting at {@code from} ends: after the last comma or semicolon in its second half, else after max tokens. */
  private static int cut(List<CoreLabel> tokens, int from, int max) {
    int end = from + max;
    if (end >= tokens.size()) {
      return tokens.size();
    }
    for (int k = end - 1; k >= from + max / 2; k--) {
      if (CUT_AFTER.contains(tokens.get(k).word())) {
        return k + 1;
      }
    }
    return end;
  }

  /** A sentence of the given tokens, as ssplit would have made it. */
  private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin, CoreMap whole) {
    List<CoreLabel> own = new ArrayList<>(tokens);
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    Annotation p = new Annotation(text.substring(begin, end));
    p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    p.set(CoreAnnotations.TokensAnnotation.class, own);
    p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    Integer line = whole.get(CoreAnnotations.LineNumberAnnotation.class);
    if (line != null) {
      p.set(CoreAnnotations.LineNumberAnnotation.class, line);
    }
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    return p;
  }

  /** Abbreviated honorifics after which the tokenizer wrongly ends a sentence ("... Affairs H.E. Ms. X"). */
  private static final java.util.Set<String> HONORIFIC_ABBREVIATIONS =
      java.util.Set.of("H.E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Amb.", "Sen.", "Rep.", "Hon.", "Capt.",
          "Adm.", "Maj.", "Sgt.", "Excellency.", "Messrs.", "Mme.", "St.", "Rt.", "Gov.", "Supt.", "Brig.", "Cdr.");

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

  /** Joins sentences ended after an honorific, as long as the joined sentence has at most {@code max} tokens. */
  private static List<Sentence> joinAfterHonorifics(List<Sentence> sentences, int max) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && !s.tokens().isEmpty() && prev.tokens().size() + s.tokens().size() <= max && endsWithHonorific(prev.tokens())
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
