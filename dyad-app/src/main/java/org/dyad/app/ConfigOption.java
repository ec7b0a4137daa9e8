package org.dyad.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.ExtractorConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --config FILE} option shared by the commands that extract. */
final class ConfigOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Extractor settings as a properties file (UTF-8, key=value); unknown keys are an error. Keys: max-chars, doc-timeout (seconds), max-sentence-tokens.")
  Path file;

  /** The settings: defaults, or the file's; a bad file is a usage error naming the problem. */
  ExtractorConfig load() {
    if (file == null) {
      return ExtractorConfig.defaults();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--config " + file + ": " + Inputs.reason(e));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--config " + file + ": malformed properties: " + e.getMessage());
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    try {
      return ExtractorConfig.fromMap(m);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--config " + file + ": " + e.getMessage());
    }
  }
}
