package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class ModalityTest {

  /** Tokens of "word/TAG" pairs. */
  private static List<Token> tagged(String words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String wt : words.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      tokens.add(new Token(w, at, at + w.length(), wt.substring(slash + 1), w.toLowerCase(java.util.Locale.ROOT), "O", null));
      at += w.length() + 1;
    }
    return tokens;
  }

  private static Status status(String words, int first, int end) {
    return Modality.status(tagged(words), new Trigger(EventType.CONSULT, "meeting", first, end));
  }

  @Test
  void anEventThatAClauseAfterThatSaysWasCalledOffIsNegated() {
    // "The ministers noted that the meeting of the Joint Commission, which had been scheduled for May, was called off"
    List<Token> t = tagged("The/DT ministers/NNS noted/VBD that/IN the/DT meeting/NN of/IN the/DT Joint/NNP Commission/NNP ,/, which/WDT had/VBD"
        + " been/VBN scheduled/VBN for/IN May/NNP ,/, was/VBD called/VBN off/RP");
    assertTrue(Modality.negated(t, 5));
    assertTrue(Modality.negated(t, 9)); // "Commission" as the trigger: the same noun phrase
    // the relative clause alone calls nothing off
    assertFalse(Modality.negated(tagged("The/DT ministers/NNS noted/VBD that/IN the/DT meeting/NN ,/, which/WDT was/VBD postponed/VBN"
        + " last/JJ year/NN ,/, went/VBD well/RB"), 5));
  }

  @Test
  void thePresentTenseOfATimeClauseTellsTheFuture() {
    // "the MoU will be signed when President X visits Nairobi in August"
    String when = "signed/VBN when/WRB President/NNP Okello/NNP visits/VBZ Nairobi/NNP in/IN August/NNP";
    assertEquals(Status.PLANNED, status(when, 4, 5));
    // a present tense that reports, without a time clause, is no plan
    String reports = "The/DT minister/NN visits/VBZ Nairobi/NNP today/NN";
    assertEquals(Status.OCCURRED, status(reports, 2, 3));
  }

  @Test
  void aVerbJoinedToAFutureVerbSharesItsFuture() {
    String future = "During/IN the/DT visit/NN ,/, the/DT President/NNP will/MD attend/VB the/DT celebrations/NNS and/CC hold/VB bilateral/JJ talks/NNS";
    assertEquals(Status.PLANNED, status(future, 13, 14));
    // a past verb before the "and": no future
    String past = "The/DT President/NNP attended/VBD the/DT celebrations/NNS and/CC held/VBD bilateral/JJ talks/NNS";
    assertEquals(Status.OCCURRED, status(past, 8, 9));
  }

  @Test
  void anEventCalledOffAfterItIsNegated() {
    assertTrue(Modality.negated(tagged("The/DT planned/VBN visit/NN of/IN the/DT President/NNP to/TO Lima/NNP has/VBZ been/VBN postponed/VBN"), 2));
    assertTrue(Modality.negated(tagged("The/DT talks/NNS were/VBD called/VBN off/RP"), 1));
    // another verb between: the event is not what was postponed
    assertFalse(Modality.negated(tagged("The/DT visit/NN showed/VBD that/IN the/DT vote/NN was/VBD postponed/VBN"), 1));
  }

  @Test
  void anEventThatOpensTheSentenceIsCalledOffByTheClauseThatEndsIt() {
    String called = "The/DT Official/NNP Visit/NNP of/IN the/DT Minister/NNP ,/, Ms/NNP Ana/NNP Ruiz/NNP ,/, to/TO Peru/NNP ,/, which/WDT "
        + "was/VBD scheduled/VBN for/IN May/NNP ,/, has/VBZ been/VBN postponed/VBN ./.";
    assertTrue(Modality.negated(tagged(called), 2));
    // postponed in a relative clause, then held
    String held = "The/DT visit/NN ,/, which/WDT was/VBD postponed/VBN last/JJ year/NN ,/, took/VBD place/NN on/IN Monday/NNP ./.";
    assertFalse(Modality.negated(tagged(held), 1));
    // an event that does not open the sentence is not its subject
    assertFalse(Modality.negated(tagged("After/IN the/DT visit/NN ,/, the/DT vote/NN ,/, too/RB ,/, was/VBD postponed/VBN ./."), 2));
  }

  @Test
  void aNounTriggerWhosePredicateIsAPlanIsPlanned() {
    assertEquals(Status.PLANNED, status("The/DT phone/NN conversation/NN is/VBZ set/VBN to/TO take/VB place/NN Friday/NNP", 1, 3));
    assertEquals(Status.PLANNED, status("The/DT talks/NNS are/VBP scheduled/VBN for/IN March/NNP", 1, 2));
    assertEquals(Status.PLANNED,
        status("The/DT meeting/NN between/IN the/DT two/CD foreign/JJ ministers/NNS will/MD be/VB held/VBN in/IN Lima/NNP", 1, 2));
    assertEquals(Status.PLANNED, status("The/DT summit/NN is/VBZ to/TO take/VB place/NN in/IN May/NNP", 1, 2));
    // "the release of the crew cleared the way for his visit to the capital"
    assertEquals(Status.PLANNED, status("The/DT release/NN cleared/VBD the/DT way/NN for/IN his/PRP$ visit/NN to/TO the/DT capital/NN", 7, 8));
  }

  @Test
  void aNounTriggerWhosePredicateSaysSomethingElseKeepsItsStatus() {
    // "the meeting is expected to boost ties", "the visit will strengthen ties": said of a meeting that may be over
    assertEquals(Status.OCCURRED, status("The/DT meeting/NN is/VBZ expected/VBN to/TO boost/VB ties/NNS", 1, 2));
    assertEquals(Status.OCCURRED, status("The/DT visit/NN will/MD strengthen/VB ties/NNS", 1, 2));
    // past: the meeting took place
    assertEquals(Status.OCCURRED, status("The/DT meeting/NN was/VBD held/VBN on/IN Monday/NNP", 1, 2));
    // a verb trigger is not a subject
    assertEquals(Status.OCCURRED, status("Ministers/NNS met/VBD and/CC talks/NNS are/VBP scheduled/VBN for/IN March/NNP", 1, 2));
  }
}
