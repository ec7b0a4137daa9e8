package org.dyad.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;

/**
 * One extractor per configuration per process: loading the models takes tens of seconds, so
 * commands run in one JVM (as the tests do) share them.
 */
final class Extractors {
  private static final Map<ExtractorConfig, Extractor> SHARED = new ConcurrentHashMap<>();

  private Extractors() {}

  static Extractor shared(ExtractorConfig config) {
    return SHARED.computeIfAbsent(config, Extractor::create);
  }
}
