/**
 * Reading documents as they arrive: plain text in any encoding, HTML pages, PDF files, and feeds
 * (JSON Lines, WARC) that hold many documents.
 *
 * <p>{@link org.dyad.read.Format#detect} decides the type from the content (magic bytes,
 * {@code <html}, {@code %PDF}, {@code WARC/1.x}, JSON objects on lines), the file name only
 * breaking ties. {@link org.dyad.read.Feeds#split} turns a file into its documents (one, or one
 * per feed record); {@link org.dyad.read.Documents#read} turns one document into text and the
 * metadata it carries ({@link org.dyad.model.SourceInfo}). Problems are {@link
 * org.dyad.read.UnreadableException}s whose message says what is wrong, without the path.
 */
package org.dyad.read;
