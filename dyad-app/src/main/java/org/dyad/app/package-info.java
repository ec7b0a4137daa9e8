/**
 * The {@code dyad} command line: {@code extract}, {@code ingest}, {@code events}, {@code search},
 * {@code actors}, {@code export}, {@code eval}, {@code bench}, {@code kb}, {@code help}.
 *
 * <p>{@link org.dyad.app.Main} is the one public entry type; the commands are package-private
 * picocli classes. The commands talk to the pipeline only through the facade {@code
 * org.dyad.Extractor} and to the store only through {@code org.dyad.store.Store}; {@code kb} reads only {@code
 * org.dyad.kb.KnowledgeBase} and never loads CoreNLP models. Promises: records are printed in the order the documents were given; a
 * document that cannot be processed costs one error line on stderr ("dyad: PATH: what is wrong")
 * and exit status 1, never the rest of the batch and never a stack trace; malformed flags and
 * settings exit with status 2; {@code --output} files are replaced atomically.
 */
package org.dyad.app;
