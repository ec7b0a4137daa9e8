package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void windows1252WithCurlyQuotes() throws UnreadableException {
    String s =
        "PHNOM PENH, 16 March 2020 \u2013 \u201cWe welcome the Minister\u2019s visit,\u201d the spokesman said. The"
            + " caf\u00e9 talks covered trade.";
    TextDecoder.Decoded d = TextDecoder.decode(s.getBytes(Charset.forName("windows-1252")));
    assertEquals(s, d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void latin1() throws UnreadableException {
    String s = "Universit\u00e9 de Dakar: le ministre a re\u00e7u l'ambassadeur du S\u00e9n\u00e9gal \u00e0 la r\u00e9sidence.";
    assertEquals(s, TextDecoder.decode(s.getBytes(StandardCharsets.ISO_8859_1)).text());
    // a legacy letter at the very end is not a cut UTF-8 sequence
    assertEquals("caf\u00e9", TextDecoder.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  void shiftJis() throws UnreadableException {
    String s = "\u5916\u52d9\u5927\u81e3\u306f\u3001\u97d3\u56fd\u306e\u5916\u4ea4\u90e8\u9577\u5b98\u3068\u96fb\u8a71\u4f1a\u8ac7\u3092\u884c\u3044\u307e\u3057\u305f\u3002"
        + "\u4e21\u5927\u81e3\u306f\u3001\u65e5\u97d3\u95a2\u4fc2\u306b\u3064\u3044\u3066\u610f\u898b\u4ea4\u63db\u3092\u884c\u3044\u307e\u3057\u305f\u3002";
    TextDecoder.Decoded d = TextDecoder.decode(s.getBytes(Charset.forName("Shift_JIS")));
    assertEquals(s, d.text());
  }

  @Test
  void utf16WithByteOrderMark() throws UnreadableException {
    String s = "Bangkok, 3 May 2021 \u2013 \u0e01\u0e23\u0e30\u0e17\u0e23\u0e27\u0e07\u0e01\u0e32\u0e23\u0e15\u0e48\u0e32\u0e07\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28";
    assertEquals(s, TextDecoder.decode(("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE)).text());
    assertEquals(s, TextDecoder.decode(("\uFEFF" + s).getBytes(StandardCharsets.UTF_16BE)).text());
  }

  @Test
  void utf8KeepsEveryScript() throws UnreadableException {
    String s = "\u1780\u17d2\u179a\u179f\u17bd\u1784\u1780\u17b6\u179a\u1794\u179a\u1791\u17c1\u179f Khmer, \u0e44\u0e17\u0e22 Thai, \u65e5\u672c Japanese";
    assertEquals(s, TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8)).text());
    assertEquals(s, TextDecoder.decode(("\uFEFF" + s).getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void binaryAndEmpty() {
    assertEquals(
        "binary file (NUL byte at offset 2), not text, HTML, PDF or a feed",
        assertThrows(UnreadableException.class, () -> TextDecoder.decode(new byte[] {'P', 'K', 0, 3, 4, 5})).getMessage());
    assertEquals("empty file", assertThrows(UnreadableException.class, () -> TextDecoder.decode(new byte[0])).getMessage());
  }
}
