package org.dyad.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Throwaway probe (not a test): prints tokens and mentions. */
public final class NlpProbe {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    NlpPipeline p = NlpPipeline.standard();
    System.out.println("load ms " + (System.nanoTime() - t0) / 1_000_000);
    for (String a : args) {
      String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
      long t1 = System.nanoTime();
      Annotated an = p.annotate(text, System.getProperty("ref") == null ? null : LocalDate.parse(System.getProperty("ref")));
      System.out.println("== " + a + " ms " + (System.nanoTime() - t1) / 1_000_000);
      for (Sentence s : an.sentences()) {
        System.out.println("S" + s.index() + ": " + s.text(text).replace('\n', ' '));
        for (Mention m : s.mentions()) {
          System.out.println("   " + m.type() + " [" + m.text() + "] " + m.normalized());
        }
      }
    }
  }
}
