package org.dyad.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.ExtractorConfig;
import org.dyad.json.RecordJson;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;

/**
 * The Spark job: {@code spark-submit --class org.dyad.spark.ExtractJob dyad-spark.jar INPUT... OUTPUT}.
 *
 * <p>Writes under {@code OUTPUT}: {@code records/} (extraction records, JSON Lines, as
 * {@code dyad extract} writes them), {@code events/} (Parquet, one row per event of a document),
 * {@code rejects/} (JSON Lines {@code {"source", "reason"}}, one per bad file, feed record or
 * document), {@code clusters/} (JSON Lines, one per real-world event of the corpus, with the
 * documents that report it) and {@code store.db} (a Dyad SQLite store holding all of it, unless
 * {@code --db} names another store).
 */
public final class ExtractJob {
  private ExtractJob() {}

  /**
   * What the job did.
   *
   * @param documents documents extracted
   * @param rejects files, feed records and documents that gave no record
   * @param events events extracted (reports, one per document that reports an event)
   * @param clusters real-world events in the store after the job
   */
  public record Summary(long documents, long rejects, long events, long clusters) {}

  /** Runs the job in the Spark session that spark-submit sets up. */
  public static void main(String[] args) {
    JobConfig config;
    try {
      config = JobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ExtractJob: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dyad-extract").getOrCreate();
    try {
      Summary s = run(spark, config);
      System.out.println(
          "dyad-extract: " + s.documents() + " documents, " + s.events() + " events in " + s.clusters() + " clusters, "
              + s.rejects() + " rejects; output in " + config.output());
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session.
   *
   * @throws IllegalArgumentException when the output exists already
   */
  public static Summary run(SparkSession spark, JobConfig config) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    // directories are read with everything below them, as dyad extract reads them
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(config.output());
    FileSystem fs;
    try {
      fs = out.getFileSystem(hadoop);
      if (fs.exists(out)) {
        throw new IllegalArgumentException(config.output() + ": exists; the job writes a new directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(config.output() + ": " + e.getMessage(), e);
    }

    ExtractorConfig settings = config.extractor();
    long maxBytes = 4L * settings.maxChars() + 4;
    int partitions = config.partitions() > 0 ? config.partitions() : jsc.defaultParallelism();
    JavaRDD<Input> inputs =
        jsc.binaryFiles(String.join(",", config.inputs())).flatMap(f -> Corpus.read(f._1(), f._2(), maxBytes).iterator());
    // one file may hold many documents (a feed, a WARC file): spread them before extracting
    JavaRDD<Outcome> outcomes =
        inputs.repartition(partitions).map(in -> Extraction.apply(in, settings)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<Outcome> good = outcomes.filter(Outcome::ok);
      good.map(o -> RecordJson.toLine(o.record())).saveAsTextFile(child(out, "records"));
      outcomes.filter(o -> !o.ok()).map(ExtractJob::rejectLine).coalesce(1).saveAsTextFile(child(out, "rejects"));
      spark.createDataFrame(good.flatMap(o -> EventRows.of(o.record()).iterator()), EventRows.SCHEMA)
          .write().mode(SaveMode.ErrorIfExists).parquet(child(out, "events"));
      long documents = good.count();
      long rejects = outcomes.count() - documents;
      long events = good.map(o -> (long) o.record().events().size()).fold(0L, Long::sum);
      // the store's clustering depends on the order documents arrive in: the order of their ids
      JavaRDD<Outcome> ordered = good.sortBy(o -> o.record().doc() + "\u0000" + o.source(), true, partitions);
      long clusters = cluster(fs, out, config.db(), ordered);
      return new Summary(documents, rejects, events, clusters);
    } finally {
      outcomes.unpersist(false);
    }
  }

  private static long cluster(FileSystem fs, org.apache.hadoop.fs.Path out, String db, JavaRDD<Outcome> ordered) {
    try {
      java.nio.file.Path dir = Files.createTempDirectory("dyad-spark-store");
      java.nio.file.Path local = dir.resolve("store.db");
      List<StoredEvent> events;
      try (Store store = Store.open(db == null ? local.toString() : db)) {
        events = Clusters.build(store, ordered.toLocalIterator());
      }
      try (OutputStream os = fs.create(new org.apache.hadoop.fs.Path(child(out, "clusters"), "part-00000.json"), false)) {
        for (StoredEvent e : events) {
          os.write((Clusters.line(e) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      if (db == null) {
        fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(local.toUri()), new org.apache.hadoop.fs.Path(out, "store.db"));
      }
      try (var left = Files.list(dir)) {
        for (java.nio.file.Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
      return events.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the clusters under " + out + ": " + e.getMessage(), e);
    }
  }

  private static String child(org.apache.hadoop.fs.Path parent, String name) {
    return new org.apache.hadoop.fs.Path(parent, name).toString();
  }

  private static String rejectLine(Outcome o) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("source", o.source());
    node.put("reason", o.reason());
    return RecordJson.line(node);
  }
}
