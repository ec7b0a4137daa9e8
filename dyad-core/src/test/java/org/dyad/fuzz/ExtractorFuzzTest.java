package org.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dyad.DocumentException;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.json.RecordJson;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;

/**
 * Fuzzes the whole extractor: bytes of any kind in, a record or a {@link DocumentException} out.
 * Slow (the language models load first, then each input is tagged), so its inputs are kept short
 * by {@code max-chars}. Runs the committed inputs under {@code ExtractorFuzzTestInputs/} in every
 * build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ExtractorFuzzTest {
  /** Long enough for the regression inputs; the fuzzer's own stay under 4 KB. */
  private static final int MAX_CHARS = 40_000;
  /** A document past this is a hang: the default limit is 60 s for documents of 1,000,000 characters. */
  private static final int TIMEOUT_SECONDS = 30;

  private static Extractor extractor;

  private static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.create(new ExtractorConfig(MAX_CHARS, TIMEOUT_SECONDS, ExtractorConfig.defaults().maxSentenceTokens()));
    }
    return extractor;
  }

  @FuzzTest(maxDuration = "10m")
  void extract(byte[] input) {
    ExtractionRecord r;
    try {
      r = extractor().extract(new RawDocument("fuzz", "fuzz.txt", input));
    } catch (DocumentException e) {
      assertFalse(e.getMessage().contains("took longer than"), e.getMessage());
      assertFalse(e.getMessage().contains("ran out of memory"), e.getMessage());
      return;
    }
    // the line `dyad extract` prints: validates every span and value on the way
    assertNotNull(RecordJson.toLine(r));
  }
}
