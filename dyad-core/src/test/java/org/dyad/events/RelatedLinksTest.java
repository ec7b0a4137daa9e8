package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of other stories under a heading, in page text written for this test. */
class RelatedLinksTest {
  private static List<String> blocks(String text) {
    return EventExtractor.relatedLinks(text).stream().map(r -> text.substring(r[0], r[1])).toList();
  }

  @Test
  void theItemsUnderARelatedStoriesHeadingAreOneBlock() {
    String page = "The two ministers met in Quito on Monday.\n\nRelated stories\n- Peru and Chile sign fishing pact - May 2, 2024\n\n"
        + "- Minister visits Lima - April 9, 2024\n\nShare | Print\n";
    assertEquals(List.of("Related stories\n- Peru and Chile sign fishing pact - May 2, 2024\n\n- Minister visits Lima - April 9, 2024"),
        blocks(page));
  }

  @Test
  void aParagraphAfterTheHeadingIsNotALink() {
    String page = "Read also:\nEcuador opens a consulate in Cusco\n"
        + "The foreign ministers of Ecuador and Peru met on Monday in Quito to review the border agreement and the plans for a new bridge "
        + "over the river, and agreed to meet again in the autumn.\n";
    assertEquals(List.of("Read also:\nEcuador opens a consulate in Cusco"), blocks(page));
    // a heading word inside a sentence is no heading
    assertEquals(List.of(), blocks("The related stories of both countries were discussed.\nThey met again.\n"));
  }
}
