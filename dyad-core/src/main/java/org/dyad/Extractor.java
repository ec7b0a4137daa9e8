package org.dyad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ActorTable;
import org.dyad.dates.Dater;
import org.dyad.dates.DocumentDate;
import org.dyad.events.EventExtractor;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Event;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;
import org.dyad.model.SourceInfo;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.NlpPipeline;
import org.dyad.read.Documents;
import org.dyad.read.Format;
import org.dyad.read.UnreadableException;
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
   * Extracts one document, within the time limit of the settings ({@code doc-timeout}).
   *
   * <p>The work runs on a worker thread while the caller waits; when the limit passes, the worker
   * is interrupted and abandoned (the stages stop at their next check, and none of them runs
   * longer than linear time in the document, since over-long sentences are split) and the
   * document fails.
   *
   * @throws DocumentException when the document is empty, binary, unreadable or too large, takes
   *     longer than the time limit or more memory than there is; the message names the document
   *     and says what is wrong
   */
  public ExtractionRecord extract(RawDocument doc) throws DocumentException {
    Documents.Read read = decode(doc);
    if (config.docTimeoutSeconds() == 0) {
      return extract(doc, read);
    }
    Future<ExtractionRecord> job = WORKERS.submit(() -> extract(doc, read));
    try {
      return job.get(config.docTimeoutSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new DocumentException(doc.source() + ": took longer than " + config.docTimeoutSeconds() + " s; raise doc-timeout");
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocumentException(doc.source() + ": interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DocumentException d) {
        throw d;
      }
      if (cause instanceof OutOfMemoryError) {
        throw outOfMemory(doc);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private DocumentException outOfMemory(RawDocument doc) {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    return new DocumentException(
        doc.source() + ": ran out of memory (Java heap " + mb + " MB); lower max-chars, extract fewer documents at once"
            + " or give Java more memory (-Xmx)");
  }

  /** Worker threads of {@link #extract}: daemons, so that an abandoned extraction never holds the process open. */
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          new ThreadFactory() {
            private final AtomicInteger n = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
              Thread t = new Thread(r, "dyad-extract-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            }
          });

  /** Stops an abandoned extraction between stages. */
  private static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("extraction abandoned");
    }
  }

  private ExtractionRecord extract(RawDocument doc, Documents.Read read) {
    RepairedText repaired = repairer.repair(read.text());
    String text = repaired.text();
    checkInterrupted();
    // Relative dates are resolved by the dater, not by CoreNLP, because the document date is
    // often known only after the actors have been read (terms of office, anniversaries).
    Annotated annotated = nlp.annotate(text, null, config.maxSentenceTokens());
    checkInterrupted();
    // a publication date the page or feed states outranks one written into the text
    SourceInfo source = read.info();
    String metadataDate = source.published() != null ? source.published() : repaired.metadataDate();
    LocalDate metadataDay = metadataDate == null ? null : LocalDate.parse(metadataDate);
    ActorTable first = actors.resolve(annotated, metadataDay);
    DocumentDate date = dater.date(annotated, metadataDate, first, read.text());
    // offices are those held at the document's date, once it is known
    ActorTable table =
        date.value() == null ? first : actors.resolve(annotated, date.first() != null ? date.first() : date.value().firstDay(),
            date.last() != null ? date.last() : date.value().lastDay());
    checkInterrupted();
    List<Event> found = events.extract(annotated, table, date);
    checkInterrupted();
    List<String> warnings = new ArrayList<>(annotated.notes());
    warnings.addAll(date.warnings());
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
        doc.id(), text, date.value(), table.actors(), found, topics.classify(text), warnings, repairs, source);
  }

  /**
   * Reads the document's text whatever its type (text in any encoding, HTML, PDF; see {@code
   * org.dyad.read}) and refuses what cannot be a text document.
   */
  Documents.Read decode(RawDocument doc) throws DocumentException {
    Documents.Read read;
    try {
      read = Documents.read(doc);
    } catch (UnreadableException e) {
      throw new DocumentException(doc.source() + ": " + e.getMessage());
    }
    String s = read.text();
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      // no text has NUL once decoded, and PostgreSQL cannot store it
      throw new DocumentException(doc.source() + ": binary file (NUL character at offset " + nul + " of the decoded text)");
    }
    if (s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
      // spaces of any kind (no-break, ideographic) and invisible marks (zero-width, direction) only
      throw new DocumentException(doc.source() + (read.format() == Format.TEXT ? ": no text (only whitespace)" : ": no text found in this " + read.format()));
    }
    if (s.length() > config.maxChars()) {
      throw new DocumentException(
          doc.source() + ": " + s.length() + " characters, more than the limit of " + config.maxChars() + " (raise max-chars)");
    }
    return read;
  }
}
