package org.dyad.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text document into characters: UTF-8, UTF-16 or UTF-32 with a byte order
 * mark, strict UTF-8, and otherwise the legacy encoding ICU4J's detector finds (Windows-1252,
 * Shift_JIS, GB18030, EUC-KR, KOI8-R ...). Every script is kept as it is.
 */
public final class TextDecoder {
  /** Text with the encoding it was read in. */
  public record Decoded(String text, String charset) {}

  private TextDecoder() {}

  /**
   * Decodes a whole document.
   *
   * @throws UnreadableException when the bytes are empty or binary
   */
  public static Decoded decode(byte[] b) throws UnreadableException {
    return decode(b, false);
  }

  /** @param head whether {@code b} is only the start of a file, which may cut a character */
  private static Decoded decode(byte[] b, boolean head) throws UnreadableException {
    if (b.length == 0) {
      throw new UnreadableException("empty file");
    }
    Decoded bom = byBom(b);
    if (bom != null) {
      return bom;
    }
    int nul = firstNul(b, 8192);
    if (nul < 0) {
      String utf8 = strictUtf8(b, head ? cutSequence(b) : 0);
      if (utf8 != null) {
        return new Decoded(utf8, "UTF-8");
      }
    }
    CharsetMatch[] matches = detector(b).detectAll();
    for (CharsetMatch m : matches) {
      String name = m.getName();
      boolean wide = name.startsWith("UTF-16") || name.startsWith("UTF-32");
      if (nul >= 0 && !wide) {
        continue; // NUL bytes are only text in a wide encoding
      }
      if (nul < 0 && (wide || name.equals("UTF-8"))) {
        continue; // not valid UTF-8 (checked above), and no wide text without NUL bytes
      }
      Charset cs = javaCharset(name);
      if (cs != null && (!wide || m.getConfidence() >= 50)) {
        String text = strict(b, cs);
        if (text != null) {
          return new Decoded(text, cs.name());
        }
      }
    }
    if (nul >= 0) {
      throw new UnreadableException("binary file (NUL byte at offset " + nul + "), not text, HTML, PDF or a feed");
    }
    // single-byte text the detector could not place: Windows-1252 reads every byte
    return new Decoded(new String(b, Charset.forName("windows-1252")), "windows-1252");
  }

  /**
   * A best-effort decoding of the first bytes of a file, for telling formats apart, or {@code
   * null} when they look binary.
   */
  static String peek(byte[] head) {
    try {
      return decode(head, true).text();
    } catch (UnreadableException e) {
      return null;
    }
  }

  private static Decoded byBom(byte[] b) {
    if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
      return new Decoded(new String(b, 4, b.length - 4, Charset.forName("UTF-32LE")), "UTF-32LE");
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
      return new Decoded(new String(b, 4, b.length - 4, Charset.forName("UTF-32BE")), "UTF-32BE");
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    return null;
  }

  /** The bytes but the last {@code cut} as UTF-8, or {@code null} when they are not valid UTF-8. */
  private static String strictUtf8(byte[] b, int cut) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, 0, b.length - cut))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** How many bytes at the end start a multi-byte UTF-8 sequence that the end cuts short. */
  private static int cutSequence(byte[] b) {
    for (int k = 1; k <= Math.min(3, b.length); k++) {
      int c = b[b.length - k] & 0xff;
      if ((c & 0xc0) == 0xc0) {
        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        return need > k ? k : 0;
      }
      if ((c & 0xc0) != 0x80) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * The bytes in a multi-byte charset, or {@code null} when they are malformed there (a guess to
   * pass over); single-byte charsets read every byte.
   */
  private static String strict(byte[] b, Charset cs) {
    if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() <= 1) {
      return new String(b, cs);
    }
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int firstNul(byte[] b, int limit) {
    for (int i = 0; i < Math.min(b.length, limit); i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static CharsetDetector detector(byte[] b) {
    CharsetDetector d = new CharsetDetector();
    d.setText(b);
    return d;
  }

  /** The Java charset for an ICU name; Latin-1 read as its superset Windows-1252, as browsers do. */
  private static Charset javaCharset(String icuName) {
    String n = icuName.toUpperCase(Locale.ROOT);
    if (n.equals("ISO-8859-1")) {
      n = "windows-1252";
    } else if (n.equals("SHIFT_JIS")) {
      n = "windows-31j";
    } else if (n.endsWith("-I")) {
      n = n.substring(0, n.length() - 2);
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
