package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final Set<String> TOPICS = Set.of("a", "b");

  private static Lexicon parse(String... lines) {
    return Lexicon.parse(List.of(lines), TOPICS, "test.tsv");
  }

  @Test
  void rejectsUnknownTopic() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("c\tword"));
    assertTrue(e.getMessage().contains("test.tsv:1") && e.getMessage().contains("'c'"), e.getMessage());
  }

  @Test
  void rejectsMalformedLines() {
    assertThrows(IllegalArgumentException.class, () -> parse("a word"));
    assertThrows(IllegalArgumentException.class, () -> parse("a\tword\t1\textra"));
    assertThrows(IllegalArgumentException.class, () -> parse("a\t--"));
    assertThrows(IllegalArgumentException.class, () -> parse("a\tword\tmany"));
    assertThrows(IllegalArgumentException.class, () -> parse("a\tword\t1.5"));
    assertThrows(IllegalArgumentException.class, () -> parse("a\tword\t0"));
    assertThrows(IllegalArgumentException.class, () -> parse("-\tword\t0.5"));
  }

  @Test
  void rejectsATermListedTwiceForOneTopicEvenAsPlural() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("a\tport", "a\tports"));
    assertTrue(e.getMessage().contains("test.tsv:2"), e.getMessage());
  }

  @Test
  void aTermMayServeSeveralTopics() {
    Lexicon lex = parse("# comment", "", "a\tdigital payment", "b\tdigital payment\t0.5");
    List<Lexicon.Match> m = lex.matches("A digital payment.");
    assertEquals(1, m.size());
    assertEquals(java.util.Map.of("a", 1.0, "b", 0.5), m.get(0).term().weights());
  }

  @Test
  void neutralTermHidesTheWordsItCovers() {
    Lexicon lex = parse("a\tport", "-\tPort Moresby");
    assertEquals(0, lex.matches("In Port Moresby").stream().filter(x -> !x.term().weights().isEmpty()).count());
    assertEquals(1, lex.matches("In the port of Moresby").size());
  }

  @Test
  void matchesAreLeftmostLongestAndDoNotOverlap() {
    Lexicon lex = parse("a\tport", "b\tport call", "a\tcall centre");
    List<Lexicon.Match> m = lex.matches("port call centre port");
    assertEquals(List.of("port call", "port"), m.stream().map(x -> x.term().spelling()).toList());
    assertEquals(List.of(0, 17), m.stream().map(Lexicon.Match::begin).toList());
  }
}
