package io.hapsim.conformance.replay.text;

import java.nio.charset.StandardCharsets;

/**
 * The replayer works on "latin-1 strings": one char per byte (0..255), exactly like the reference
 * tool, so that lengths, offsets and regexes are byte-exact.
 */
public final class Latin1 {
  private Latin1() {}

  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  public static String decode(byte[] bytes, int off, int len) {
    return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
  }

  /** Encodes a string whose chars are all below 256 (anything else is a scenario error). */
  public static byte[] encode(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        throw new IllegalArgumentException(
            "character U+%04X at %d is not latin-1".formatted((int) s.charAt(i), i));
      }
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Counts the occurrences of {@code c}. */
  public static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Non-overlapping occurrences of {@code needle} (like Python's str.count). */
  public static int count(String s, String needle) {
    if (needle.isEmpty()) {
      return s.length() + 1;
    }
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /** Decodes a hex string, ignoring ASCII whitespace between byte pairs (like bytes.fromhex). */
  public static String fromHex(String hex) {
    StringBuilder out = new StringBuilder(hex.length() / 2);
    int i = 0;
    while (i < hex.length()) {
      char c = hex.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
        i++;
        continue;
      }
      if (i + 1 >= hex.length()) {
        throw new IllegalArgumentException("odd-length hex string: " + hex);
      }
      int hi = Character.digit(c, 16);
      int lo = Character.digit(hex.charAt(i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("non-hex digit at position " + i + " in: " + hex);
      }
      out.append((char) (hi << 4 | lo));
      i += 2;
    }
    return out.toString();
  }
}
