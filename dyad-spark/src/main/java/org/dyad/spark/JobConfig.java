package org.dyad.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.ExtractorConfig;

/**
 * What {@link ExtractJob} is asked to do. Unknown flags and settings are rejected, never ignored.
 *
 * @param inputs Hadoop paths or globs of files or directories (read recursively; files whose
 *     names start with {@code _} or {@code .} are skipped)
 * @param output the directory the job creates; it must not exist yet
 * @param partitions how many pieces the documents are extracted in; 0 for Spark's default
 *     parallelism
 * @param db the store the driver puts the records into, or {@code null} for a new SQLite store
 *     written to {@code OUTPUT/store.db}
 * @param extractor the extraction settings ({@code --set max-chars=...} and so on)
 */
public record JobConfig(List<String> inputs, String output, int partitions, String db, ExtractorConfig extractor) {
  /** The command line, for messages. */
  public static final String USAGE =
      "usage: ExtractJob [--partitions N] [--db DB] [--set KEY=VALUE]... INPUT... OUTPUT";

  public JobConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty() || output == null || output.isBlank()) {
      throw new IllegalArgumentException("an input and an output are required; " + USAGE);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 or more, not " + partitions);
    }
    db = db == null || db.isBlank() ? null : db;
    extractor = extractor == null ? ExtractorConfig.defaults() : extractor;
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException naming the flag or setting that is unknown or malformed
   */
  public static JobConfig parse(String... args) {
    List<String> paths = new ArrayList<>();
    Map<String, String> settings = new LinkedHashMap<>();
    int partitions = 0;
    String db = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--partitions") || a.equals("--db") || a.equals("--set")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value; " + USAGE);
        }
        String v = args[++i];
        switch (a) {
          case "--partitions" -> {
            try {
              partitions = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--partitions must be a whole number, not '" + v + "'", e);
            }
          }
          case "--db" -> db = v;
          default -> {
            int eq = v.indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException("--set takes KEY=VALUE, not '" + v + "'");
            }
            settings.put(v.substring(0, eq), v.substring(eq + 1));
          }
        }
      } else if (a.startsWith("-") && a.length() > 1) {
        throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
      } else {
        paths.add(a);
      }
    }
    if (paths.size() < 2) {
      throw new IllegalArgumentException("an input and an output are required; " + USAGE);
    }
    return new JobConfig(
        paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), partitions, db, ExtractorConfig.fromMap(settings));
  }
}
