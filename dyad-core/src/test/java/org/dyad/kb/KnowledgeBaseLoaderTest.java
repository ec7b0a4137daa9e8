package org.dyad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loading hand-written knowledge files, and refusing malformed ones with file and line. */
class KnowledgeBaseLoaderTest {
  private static final String COUNTRIES = String.join("\n",
      "# two made-up countries",
      "AA\tAAA\tAlphaland\tRepublic of Alphaland|Alpha\tAlphan\tAlpha City\tPort Alpha|Old Town",
      "",
      "BB\tBBB\tBetastan\t\tBetan|Betastani\tBeta\t");

  private static Map<String, String> files() {
    Map<String, String> m = new HashMap<>();
    m.put("countries.tsv", COUNTRIES);
    m.put("honorifics.txt", "# titles\nHis Excellency\nDr.\nChief\n");
    m.put("honorific-suffixes.txt", "-san\n");
    m.put("officeholders.tsv", String.join("\n",
        "AAA\tHEAD_OF_GOVERNMENT\tPrime Minister\t2001-02-03\t2010-05-06\tMori Ken\tKen Mori",
        "AAA\tHEAD_OF_GOVERNMENT\tPrime Minister\t2010-05-06\t\tLena Vex",
        "\tFOREIGN_MINISTER\tHigh Representative\t2015-01-01\t\tOtto Blum"));
    m.put("anniversaries.tsv", "AAA|BBB\t1960\tdiplomatic relations\tdiplomatic ties|diplomatic relations\n");
    m.put("organizations.tsv", "Alpha Aid Agency\tAAAID\tAAA\nWorld Widget Union\tWWU\n");
    m.put("chairs.tsv", "# body year country\nASEAN\t2030\tBBB\n");
    m.put("gathering-series.tsv", "WIDGET_SUMMIT\tWidget Summit|WS\n");
    m.put("gatherings.tsv", "WIDGET_SUMMIT\t3\t2031-05-02\t2031-05-04\tBeta\tBBB\nWIDGET_SUMMIT\t\t2032-06-01\t2032-06-01\tvirtual\t\n");
    return m;
  }

  private static KnowledgeBase load(Map<String, String> files) {
    return KnowledgeBase.load(name -> files.containsKey(name) ? new StringReader(files.get(name)) : null);
  }

  private static String failure(String file, String content) {
    Map<String, String> f = files();
    f.put(file, content);
    return assertThrows(IllegalStateException.class, () -> load(f)).getMessage();
  }

  @Test
  void loadsHandWrittenFiles() {
    KnowledgeBase kb = load(files());
    assertEquals(2, kb.countries().size());
    assertEquals("BBB", kb.countryByName("Betastani").orElseThrow().alpha3());
    assertEquals("AAA", kb.countryByName("the Republic of Alphaland").orElseThrow().alpha3());
    assertEquals("AAA", kb.countryByCity("Old Town").orElseThrow().alpha3());
    assertEquals("Beta", kb.country("BBB").orElseThrow().capital());
    assertEquals(List.of("His Excellency", "Chief", "Dr."), kb.honorifics());
    assertEquals("Lena Vex", kb.holders(Office.HEAD_OF_GOVERNMENT, "AAA", LocalDate.of(2020, 1, 1)).get(0).name());
    assertEquals(2, kb.holders(Office.HEAD_OF_GOVERNMENT, "AAA", LocalDate.of(2010, 5, 6)).size(), "handover day");
    assertEquals("Otto Blum", kb.holders(Office.FOREIGN_MINISTER, null, LocalDate.of(2020, 1, 1)).get(0).name());
    assertEquals("Mori Ken", kb.byName("Chief Ken MORI-san").get(0).name());
    assertEquals("AAA", kb.organization("AAAID").orElseThrow().country());
    assertEquals(null, kb.organization("world widget union").orElseThrow().country());
    assertEquals(1960, kb.anniversaries().get(0).year());
    assertEquals(new Chair("ASEAN", 2030, "BBB"), kb.chairs().get(0));
  }

  @Test
  void aChairOfAnUnknownCountryOrYearIsRefused() {
    String msg = failure("chairs.tsv", "ASEAN\t2030\tBBB\nG20\t2031\tQQQ\n");
    assertTrue(msg.startsWith("chairs.tsv:2:") && msg.contains("QQQ"), msg);
    msg = failure("chairs.tsv", "ASEAN\tsoon\tBBB\n");
    assertTrue(msg.startsWith("chairs.tsv:1:") && msg.contains("soon"), msg);
  }

  @Test
  void gatheringsAreReadAndBadRowsNamed() {
    KnowledgeBase kb = load(files());
    assertEquals(new org.dyad.kb.Gathering("WIDGET_SUMMIT", 3, LocalDate.of(2031, 5, 2), LocalDate.of(2031, 5, 4), "Beta", "BBB"), kb.gatherings().get(0));
    assertEquals(null, kb.gatherings().get(1).country());
    assertEquals(List.of("Widget Summit", "WS"), kb.gatheringNames().get("WIDGET_SUMMIT"));
    String msg = failure("gatherings.tsv", "WIDGET_SUMMIT\t3\t2031-05-04\t2031-05-02\tBeta\tBBB\n");
    assertTrue(msg.startsWith("gatherings.tsv:1:") && msg.contains("ends before it starts"), msg);
    msg = failure("gatherings.tsv", "GADGET_SUMMIT\t1\t2031-05-02\t2031-05-02\tBeta\tBBB\n");
    assertTrue(msg.startsWith("gatherings.tsv:1:") && msg.contains("GADGET_SUMMIT"), msg);
    msg = failure("gatherings.tsv", "WIDGET_SUMMIT\tfirst\t2031-05-02\t2031-05-02\tBeta\tBBB\n");
    assertTrue(msg.startsWith("gatherings.tsv:1:") && msg.contains("first"), msg);
    msg = failure("gathering-series.tsv", "WIDGET_SUMMIT\tWidget Summit\nWIDGET_SUMMIT\tWS\n");
    assertTrue(msg.startsWith("gathering-series.tsv:2:") && msg.contains("twice"), msg);
  }

  @Test
  void wrongColumnCountNamesFileAndLine() {
    String msg = failure("countries.tsv", "# header\nAA\tAAA\tAlphaland\n");
    assertTrue(msg.startsWith("countries.tsv:2:"), msg);
  }

  @Test
  void badDateNamesFileAndLine() {
    String msg = failure("officeholders.tsv", "\n# c\nAAA\tHEAD_OF_STATE\tKing\t2001-13-01\t\tSomeone\n");
    assertTrue(msg.startsWith("officeholders.tsv:3:") && msg.contains("2001-13-01"), msg);
  }

  @Test
  void termEndingBeforeItStartsIsRefused() {
    String msg = failure("officeholders.tsv", "AAA\tHEAD_OF_STATE\tKing\t2005-01-01\t2004-01-01\tSomeone\n");
    assertTrue(msg.startsWith("officeholders.tsv:1:") && msg.contains("ends"), msg);
  }

  @Test
  void unknownOfficeIsRefused() {
    String msg = failure("officeholders.tsv", "AAA\tMAYOR\tMayor\t2005-01-01\t\tSomeone\n");
    assertTrue(msg.startsWith("officeholders.tsv:1:") && msg.contains("MAYOR"), msg);
  }

  @Test
  void unknownCountryCodeIsRefused() {
    String msg = failure("organizations.tsv", "Fine Org\tFO\tAAA\nLost Org\tLO\tZZZ\n");
    assertTrue(msg.startsWith("organizations.tsv:2:") && msg.contains("ZZZ"), msg);
    msg = failure("anniversaries.tsv", "AAA|QQQ\t1990\trelations\t\n");
    assertTrue(msg.startsWith("anniversaries.tsv:1:") && msg.contains("QQQ"), msg);
  }

  @Test
  void aNameForTwoCountriesIsRefused() {
    String msg = failure("countries.tsv", COUNTRIES + "\nCC\tCCC\tGammaland\tAlpha\tGamman\tGamma\t\n");
    assertTrue(msg.startsWith("countries.tsv:5:") && msg.contains("AAA"), msg);
  }

  @Test
  void duplicateHonorificAndBadSuffixAreRefused() {
    assertTrue(failure("honorifics.txt", "Dr.\nMr.\ndr.\n").startsWith("honorifics.txt:3:"));
    assertTrue(failure("honorific-suffixes.txt", "-san\nsama\n").startsWith("honorific-suffixes.txt:2:"));
  }

  @Test
  void missingFileIsNamed() {
    Map<String, String> f = files();
    f.remove("anniversaries.tsv");
    String msg = assertThrows(IllegalStateException.class, () -> load(f)).getMessage();
    assertTrue(msg.startsWith("anniversaries.tsv:"), msg);
  }

  @Test
  void readersAreReadAsGiven() {
    Map<String, String> f = files();
    Map<String, Reader> opened = new HashMap<>();
    KnowledgeBase.load(name -> {
      Reader r = new StringReader(f.get(name));
      opened.put(name, r);
      return r;
    });
    assertEquals(new java.util.HashSet<>(KnowledgeBase.FILES), opened.keySet());
  }
}
