package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;

/**
 * Dyad's fine named-entity tags: COUNTRY, NATIONALITY and CITY from the knowledge base, TITLE from
 * a lexicon of office words. Replaces CoreNLP's fine-grained pass, which costs two thirds of the
 * annotation time, for the four tags the later stages read.
 */
final class FineTagger {
  private static final int MAX_WORDS = 4;
  private final KnowledgeBase kb;
  private final Set<String> titles;

  private FineTagger(KnowledgeBase kb, Set<String> titles) {
    this.kb = kb;
    this.titles = titles;
  }

  static FineTagger standard(KnowledgeBase kb) {
    return new FineTagger(kb, readTitles());
  }

  private static Set<String> readTitles() {
    Set<String> out = new HashSet<>();
    try (InputStream in = FineTagger.class.getResourceAsStream("/org/dyad/nlp/titles.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/dyad/nlp/titles.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.trim();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/dyad/nlp/titles.txt", e);
    }
    return out;
  }

  /** The sentence with fine tags on its tokens and mentions. */
  Sentence tag(String text, Sentence s) {
    List<Token> t = s.tokens();
    String[] tag = new String[t.size()];
    boolean[] spanStart = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      if (!retaggable(s, i)) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, t.size() - i); n >= 1; n--) {
        if (!allRetaggable(s, i, n)) {
          continue;
        }
        String phrase = text.substring(t.get(i).start(), t.get(i + n - 1).end());
        String type = placeType(phrase);
        if (type != null) {
          for (int k = i; k < i + n; k++) {
            tag[k] = type;
          }
          spanStart[i] = true;
          i += n - 1;
          break;
        }
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (tag[i] == null && t.get(i).ner().equals("O") && titles.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
        tag[i] = "TITLE";
        spanStart[i] = i == 0 || !"TITLE".equals(tag[i - 1]);
      }
    }
    List<Token> tokens = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      tokens.add(tag[i] == null ? x : new Token(x.word(), x.start(), x.end(), x.pos(), x.lemma(), tag[i], null));
    }
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : s.mentions()) {
      boolean touched = false;
      for (int k = m.firstToken(); k < m.endToken(); k++) {
        touched |= tag[k] != null;
      }
      if (!touched) {
        mentions.add(m);
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (tag[i] != null && spanStart[i]) {
        int j = i + 1;
        while (j < t.size() && tag[i].equals(tag[j]) && !spanStart[j]) {
          j++;
        }
        mentions.add(new Mention(text.substring(t.get(i).start(), t.get(j - 1).end()), t.get(i).start(), t.get(j - 1).end(), tag[i], null, i, j));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Sentence(s.index(), s.start(), s.end(), tokens, mentions);
  }

  /** COUNTRY, NATIONALITY, CITY or {@code null}. */
  private String placeType(String phrase) {
    Optional<Country> c = kb.countryByName(phrase);
    if (c.isPresent()) {
      String p = phrase.toLowerCase(Locale.ROOT);
      boolean demonym = c.get().demonyms().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(p));
      return demonym ? "NATIONALITY" : "COUNTRY";
    }
    return kb.countryByCity(phrase).isPresent() ? "CITY" : null;
  }

  /** Capitalized words outside organization names and dates may be places. */
  private static boolean retaggable(Sentence s, int i) {
    Token x = s.tokens().get(i);
    if (!Character.isUpperCase(x.word().charAt(0))) {
      return false;
    }
    String ner = x.ner();
    if (ner.equals("O") || ner.equals("LOCATION") || ner.equals("MISC")) {
      return true;
    }
    if (ner.equals("PERSON")) {
      // "Viet Nam" taken for a person: only a whole person mention may become a place
      return true;
    }
    return false;
  }

  private static boolean allRetaggable(Sentence s, int i, int n) {
    for (int k = i; k < i + n; k++) {
      if (!retaggable(s, k) && !(k > i && Set.of("of", "the").contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    if (s.tokens().get(i).ner().equals("PERSON")) {
      for (Mention m : s.mentions()) {
        if (m.type().equals("PERSON") && m.firstToken() <= i && i < m.endToken()) {
          return m.firstToken() == i && m.endToken() == i + n;
        }
      }
    }
    return true;
  }
}
