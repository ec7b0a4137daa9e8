package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void showsCountAndRateThenClearsTheLine() {
    StringWriter sw = new StringWriter();
    Progress p = new Progress(new PrintWriter(sw), 12, true);
    p.update(12);
    String shown = sw.toString();
    assertTrue(shown.matches("\r\\[12/12\\] \\d+\\.\\d docs/s"), shown);
    p.clear();
    assertEquals(shown + "\r\033[K", sw.toString());
  }

  @Test
  void estimatesTheTimeLeftWhileUnfinished() throws InterruptedException {
    StringWriter sw = new StringWriter();
    Progress p = new Progress(new PrintWriter(sw), 12, true);
    Thread.sleep(5);
    p.update(3);
    assertTrue(sw.toString().matches("\r\\[3/12\\] \\d+\\.\\d docs/s, ETA \\d+m\\d\\ds"), sw.toString());
  }

  @Test
  void silentWhenDisabled() {
    StringWriter sw = new StringWriter();
    Progress p = new Progress(new PrintWriter(sw), 12, false);
    p.update(3);
    p.update(12);
    p.clear();
    assertEquals("", sw.toString());
  }

  @Test
  void silentForAFewDocumentsEvenOnATerminal() {
    String old = System.getProperty("dyad.stderr.tty");
    System.setProperty("dyad.stderr.tty", "true");
    try {
      StringWriter sw = new StringWriter();
      Progress few = new Progress(new PrintWriter(sw), Progress.MIN_DOCS - 1);
      few.update(1);
      assertEquals("", sw.toString());
      Progress many = new Progress(new PrintWriter(sw), Progress.MIN_DOCS);
      many.update(Progress.MIN_DOCS);
      assertTrue(sw.toString().startsWith("\r[5/5] "), sw.toString());
    } finally {
      if (old == null) {
        System.clearProperty("dyad.stderr.tty");
      } else {
        System.setProperty("dyad.stderr.tty", old);
      }
    }
  }
}
