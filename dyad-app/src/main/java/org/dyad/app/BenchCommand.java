package org.dyad.app;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dyad.DocumentException;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: Dyad's throughput against CoreNLP's stock English pipeline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Measures Dyad's full extraction and, as a baseline in the same run on the same documents,"
          + " CoreNLP's stock English pipeline (tokenize,ssplit,pos,lemma,ner,depparse) on Dyad's"
          + " repaired text. For each: model load time, then one warm-up pass, then --repeat"
          + " measured passes: documents/s, tokens/s (tokens as the baseline's tokenizer counts"
          + " them, for both) and peak heap (heap pools' peak usage after a GC and a peak reset).",
      "",
      "The last line is 'speedup X.XX': Dyad's documents/s divided by the baseline's."
    })
final class BenchCommand implements Callable<Integer> {
  /** The baseline's annotators: CoreNLP's stock English pipeline up to dependency parses. */
  static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  @Spec CommandSpec spec;

  @Mixin ConfigOption config;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Measured passes over the documents (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents or directories (default: the bundled examples/).")
  List<Path> paths = new ArrayList<>();

  /** One system's measurements. */
  record Row(String system, double loadSeconds, int docs, long tokens, int passes, double seconds, long peakHeapBytes) {
    double docsPerSecond() {
      return docs * (double) passes / seconds;
    }

    double tokensPerSecond() {
      return tokens * (double) passes / seconds;
    }
  }

  @Override
  public Integer call() throws AppException {
    if (repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, got " + repeat);
    }
    ExtractorConfig settings = config.load();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> in = paths.isEmpty() ? List.of(defaultExamples()) : paths;
    List<RawDocument> docs = new ArrayList<>();
    int failed = 0;
    for (Inputs.Input i : Inputs.expand(in)) {
      try {
        List<String> bad = new ArrayList<>();
        Inputs.each(
            i,
            4L * settings.maxChars() + 4,
            entry -> {
              if (entry.problem() != null) {
                bad.add(entry.display() + ": " + entry.problem());
              } else {
                docs.add(entry.doc());
              }
            });
        for (String b : bad) {
          err.println("dyad: " + b);
          failed++;
        }
      } catch (AppException e) {
        err.println("dyad: " + e.getMessage());
        failed++;
      }
    }
    if (failed > 0 || docs.isEmpty()) {
      throw new AppException("bench needs every document readable; fix the errors above", Main.FAILURE);
    }

    long t0 = System.nanoTime();
    Extractor extractor = Extractor.create(settings);
    double dyadLoad = (System.nanoTime() - t0) / 1e9;
    List<String> texts = new ArrayList<>();
    try {
      for (RawDocument d : docs) {
        texts.add(extractor.extract(d).text());
      }
      resetPeaks();
      t0 = System.nanoTime();
      for (int p = 0; p < repeat; p++) {
        for (RawDocument d : docs) {
          extractor.extract(d);
        }
      }
    } catch (DocumentException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    }
    double dyadSecs = (System.nanoTime() - t0) / 1e9;
    long dyadPeak = peakHeap();
    extractor = null;

    Properties props = new Properties();
    props.setProperty("annotators", BASELINE_ANNOTATORS);
    t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double baseLoad = (System.nanoTime() - t0) / 1e9;
    long tokens = 0;
    for (String t : texts) {
      Annotation a = new Annotation(t);
      pipeline.annotate(a);
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    resetPeaks();
    t0 = System.nanoTime();
    for (int p = 0; p < repeat; p++) {
      for (String t : texts) {
        pipeline.annotate(new Annotation(t));
      }
    }
    double baseSecs = (System.nanoTime() - t0) / 1e9;
    long basePeak = peakHeap();

    out.print(
        table(
            List.of(
                new Row("dyad", dyadLoad, docs.size(), tokens, repeat, dyadSecs, dyadPeak),
                new Row("corenlp-baseline", baseLoad, docs.size(), tokens, repeat, baseSecs, basePeak))));
    out.flush();
    return 0;
  }

  /** The report: a header line, one row per system, and {@code speedup X.XX} (first over second). */
  static String table(List<Row> rows) {
    Row a = rows.get(0);
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%d documents, %d tokens (CoreNLP tokenizer), %d measured passes after one warm-up pass\n",
            a.docs(),
            a.tokens(),
            a.passes()));
    sb.append(String.format(Locale.ROOT, "%-18s %9s %10s %11s %13s\n", "system", "load s", "docs/s", "tokens/s", "peak heap MB"));
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-18s %9.1f %10.2f %11.1f %13d\n",
              r.system(),
              r.loadSeconds(),
              r.docsPerSecond(),
              r.tokensPerSecond(),
              r.peakHeapBytes() / (1024 * 1024)));
    }
    sb.append(String.format(Locale.ROOT, "speedup %.2f\n", a.docsPerSecond() / rows.get(1).docsPerSecond()));
    return sb.toString();
  }

  /** The examples directory beside the launcher ({@code -Ddyad.home}), else ./examples. */
  static Path defaultExamples() {
    String home = System.getProperty("dyad.home");
    return home == null ? Path.of("examples") : Path.of(home, "examples");
  }

  private static void resetPeaks() {
    // a collection first, so the peak measures the phase rather than the garbage before it
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
