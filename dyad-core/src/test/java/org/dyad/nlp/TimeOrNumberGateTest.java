package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which sentences the time and number taggers must see, on sentences written for this test. */
class TimeOrNumberGateTest {
  @Test
  void sentencesWithATimeANumberOrASumGoToTheTimeTaggers() {
    for (String s : new String[] {
        "The ministers met on 4 March.",
        "The talks took place last Thursday in the capital.",
        "She arrived yesterday afternoon.",
        "They signed three agreements.",
        "It is the second visit of a head of state.",
        "The bank lent eleven million euros for the port.",
        "Aid rose by 5% over the decade.",
        "The delegation will return in the spring, before Ramadan.",
        "A grant of ¥300 was paid."}) {
      assertTrue(NlpPipeline.mayHoldTimeOrNumber(s), s);
    }
  }

  @Test
  void sentencesWithNeitherSkipThem() {
    for (String s : new String[] {
        "The Foreign Minister received the Ambassador of Chile at the ministry.",
        "Both sides agreed to deepen cooperation in fisheries and culture.",
        "The President thanked his host for the warm welcome."}) {
      assertFalse(NlpPipeline.mayHoldTimeOrNumber(s), s);
    }
  }

  @Test
  void onlySentencesWithAWordOfTimeGoToSutime() {
    for (String s : new String[] {"The ministers met on 4 March.", "Talks resume in May.", "She arrived yesterday afternoon.",
        "The two sides meet every year.", "Ties have grown in the past."}) {
      assertTrue(NlpPipeline.mayHoldTime(s), s);
    }
    // numbers, ordinals, sums and the modal "may" need the numeric classifiers at most
    for (String s : new String[] {"They signed three agreements.", "It is the second visit of a head of state.",
        "The bank lent eleven million euros for the port.", "The two sides may sign a treaty.", "The former minister spoke first."}) {
      assertFalse(NlpPipeline.mayHoldTime(s), s);
      assertTrue(NlpPipeline.mayHoldTimeOrNumber(s), s);
    }
  }
}
