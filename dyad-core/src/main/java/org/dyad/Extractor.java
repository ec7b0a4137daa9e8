package org.dyad;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;
import org.dyad.text.RepairedText;
import org.dyad.text.TextRepairer;
import org.dyad.topics.TopicClassifier;

/**
 * The front door: turns a raw document into its extraction record.
 *
 * <p>Create one per process and reuse it: creation loads the language models (tens of seconds),
 * extraction is then fast. Instances are safe to share between threads.
 */
public final class Extractor {
  private final ExtractorConfig config;
  private final TextRepairer repairer;
  private final TopicClassifier topics;

  private Extractor(ExtractorConfig config) {
    this.config = config;
    this.repairer = TextRepairer.standard();
    this.topics = TopicClassifier.standard();
  }

  /** An extractor with the given settings; loads models once. */
  public static Extractor create(ExtractorConfig config) {
    return new Extractor(config);
  }

  /**
   * Extracts one document.
   *
   * @throws DocumentException when the document is empty, binary, not UTF-8 or too large; the
   *     message names the document and says what is wrong
   */
  public ExtractionRecord extract(RawDocument doc) throws DocumentException {
    String raw = decode(doc);
    RepairedText repaired = repairer.repair(raw);
    String text = repaired.text();
    return new ExtractionRecord(doc.id(), text, null, List.of(), List.of(), topics.classify(text), List.of());
  }

  /** Decodes strict UTF-8 and refuses what cannot be a text document. */
  String decode(RawDocument doc) throws DocumentException {
    byte[] b = doc.bytes();
    if (b.length == 0) {
      throw new DocumentException(doc.source() + ": empty file");
    }
    for (int i = 0; i < Math.min(b.length, 8192); i++) {
      if (b[i] == 0) {
        throw new DocumentException(doc.source() + ": binary file (NUL byte at offset " + i + "), expected UTF-8 text");
      }
    }
    String s;
    try {
      s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DocumentException(doc.source() + ": not valid UTF-8 (" + e.getMessage() + "); convert it to UTF-8 first");
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.isBlank()) {
      throw new DocumentException(doc.source() + ": no text (only whitespace)");
    }
    if (s.length() > config.maxChars()) {
      throw new DocumentException(
          doc.source() + ": " + s.length() + " characters, more than the limit of " + config.maxChars() + " (raise max-chars)");
    }
    return s;
  }
}
