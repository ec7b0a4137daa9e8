package org.dyad;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ActorTable;
import org.dyad.dates.Dater;
import org.dyad.dates.DocumentDate;
import org.dyad.events.EventExtractor;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Event;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.NlpPipeline;
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
  private final NlpPipeline nlp;
  private final ActorResolver actors;
  private final Dater dater;
  private final EventExtractor events;

  private Extractor(ExtractorConfig config) {
    this.config = config;
    KnowledgeBase kb = KnowledgeBase.standard();
    this.repairer = TextRepairer.standard();
    this.topics = TopicClassifier.standard();
    this.nlp = NlpPipeline.standard();
    this.actors = ActorResolver.create(kb);
    this.dater = Dater.create(kb);
    this.events = EventExtractor.create(kb, dater);
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
    // Relative dates are resolved by the dater, not by CoreNLP, because the document date is
    // often known only after the actors have been read (terms of office, anniversaries).
    Annotated annotated = nlp.annotate(text, null);
    LocalDate metadataDay = repaired.metadataDate() == null ? null : LocalDate.parse(repaired.metadataDate());
    ActorTable first = actors.resolve(annotated, metadataDay);
    DocumentDate date = dater.date(annotated, repaired.metadataDate(), first);
    // offices are those held at the document's date, once it is known
    ActorTable table =
        date.value() == null ? first : actors.resolve(annotated, date.first() != null ? date.first() : date.value().firstDay(),
            date.last() != null ? date.last() : date.value().lastDay());
    List<Event> found = events.extract(annotated, table, date);
    List<String> warnings = new ArrayList<>(date.warnings());
    if (date.value() != null && date.value().basis() == org.dyad.model.Basis.INFERRED && !date.evidence().isEmpty()) {
      // an inferred date is a judgement a reader should be able to check
      warnings.add("date inferred (" + date.first() + ".." + date.last() + ") from: " + String.join("; ", date.evidence()));
    }
    warnings.addAll(table.notes());
    List<org.dyad.model.Repair> repairs = new ArrayList<>();
    for (org.dyad.text.Repair x : repaired.repairs()) {
      repairs.add(new org.dyad.model.Repair(x.kind(), x.start(), x.end()));
    }
    return new ExtractionRecord(
        doc.id(), text, date.value(), table.actors(), found, topics.classify(text), warnings, repairs);
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
