/**
 * Language processing: sentences, tokens, parts of speech, lemmas, named entities, time
 * expressions (SUTime) and money, by Stanford CoreNLP.
 *
 * <p>{@link org.dyad.nlp.NlpPipeline} loads CoreNLP once per process and returns an {@link
 * org.dyad.nlp.Annotated} document built of Dyad's own small records, so no CoreNLP type leaks into
 * the later stages. Offsets are character offsets into the text that was annotated.
 */
package org.dyad.nlp;
