/**
 * Dyad on Spark: {@link org.dyad.spark.ExtractJob} reads a corpus from any Hadoop-compatible path,
 * extracts every document with the same {@link org.dyad.Extractor} as {@code dyad extract}
 * (loaded once per executor JVM), and clusters the events of the whole corpus with the store's
 * rules on the driver.
 *
 * <p>Promises: a bad document or file never fails the job, it becomes one line of the rejects
 * output with the reason; the records are those {@code dyad extract} writes for the same
 * documents; the clusters are those {@code dyad ingest} builds when it ingests the documents in
 * the order of their ids. Nobody who runs {@code dyad extract} loads Spark: this module is apart.
 */
package org.dyad.spark;
