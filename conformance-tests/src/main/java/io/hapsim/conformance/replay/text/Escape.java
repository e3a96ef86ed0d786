package io.hapsim.conformance.replay.text;

/** The readable, unambiguous escape used when rendering transcripts (one byte per char). */
public final class Escape {
  private Escape() {}

  public static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        default -> {
          if (ch >= 0x20 && ch < 0x7F) {
            out.append(ch);
          } else if (ch <= 0xFF) {
            out.append("\\x%02x".formatted((int) ch));
          } else {
            // not produced from bytes; keep it unambiguous anyway
            out.append("\\u%04x".formatted((int) ch));
          }
        }
      }
    }
    return out.toString();
  }
}
