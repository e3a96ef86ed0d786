package io.hapsim.conformance.replay.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions written for Python's {@code re} (scenario normalisation rules and capture
 * steps), compiled for {@link java.util.regex}: the syntax both understand is kept, the common
 * differences are translated ({@code (?P<n>...)}, {@code (?P=n)}, {@code \Z}, literal braces,
 * {@code {,n}}, {@code [} and {@code &&} inside classes), and the semantics of Python's two kinds
 * of patterns are kept: text patterns (normalisation rules, applied to decoded text) have Unicode
 * {@code \w \d \s \b}; byte patterns (capture steps, applied to received bytes) are ASCII only.
 * Only {@code \n} ends a line for {@code ^ $ .}, as in Python.
 */
public final class PyRegex {
  private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d*)(,(\\d*))?\\}");

  private PyRegex() {}

  /** A pattern applied to text (Python str pattern). */
  public static Pattern compileText(String python) {
    return compile(python, false, false);
  }

  /** A pattern applied to raw bytes as latin-1 text (Python bytes pattern), optionally re.M. */
  public static Pattern compileBytes(String python, boolean multiline) {
    return compile(python, true, multiline);
  }

  private static Pattern compile(String python, boolean ascii, boolean multiline) {
    int flags = Pattern.UNIX_LINES;
    if (!ascii) {
      flags |= Pattern.UNICODE_CHARACTER_CLASS;
    }
    if (multiline) {
      flags |= Pattern.MULTILINE;
    }
    String java = translate(python, ascii);
    try {
      return Pattern.compile(java, flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("bad regex " + python + ": " + e.getDescription(), e);
    }
  }

  static String translate(String p, boolean asciiWordBoundary) {
    StringBuilder out = new StringBuilder(p.length() + 16);
    boolean inClass = false;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        char n = p.charAt(i + 1);
        if (inClass && n == 'b') {
          out.append("\\x08"); // backspace inside a class, as in Python
        } else if (!inClass && n == 'Z') {
          out.append("\\z");
        } else if (!inClass && asciiWordBoundary && n == 'b') {
          out.append("(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))");
        } else if (!inClass && asciiWordBoundary && n == 'B') {
          out.append("(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))");
        } else {
          out.append(c).append(n);
        }
        i += 2;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (c == '[' || (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&')) {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        i++;
        continue;
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        i++;
        // a ']' right after '[' or '[^' is a literal in Python
        if (i < p.length() && p.charAt(i) == '^') {
          out.append('^');
          i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
          out.append("\\]");
          i++;
        }
        continue;
      }
      if (c == '(' && p.startsWith("(?P<", i)) {
        out.append("(?<");
        i += 4;
        continue;
      }
      if (c == '(' && p.startsWith("(?P=", i)) {
        int close = p.indexOf(')', i);
        if (close > 0) {
          out.append("\\k<").append(p, i + 4, close).append('>');
          i = close + 1;
          continue;
        }
      }
      if (c == '{') {
        Matcher q = QUANTIFIER.matcher(p).region(i, p.length());
        if (q.lookingAt() && !(q.group(1).isEmpty() && q.group(2) == null)) {
          String min = q.group(1).isEmpty() ? "0" : q.group(1);
          out.append('{').append(min);
          if (q.group(2) != null) {
            out.append(',').append(q.group(3));
          }
          out.append('}');
          i = q.end();
        } else {
          out.append("\\{");
          i++;
        }
        continue;
      }
      if (c == '}') {
        out.append("\\}");
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** A Python {@code re.sub} replacement template ({@code \\1}, {@code \\g<name>}, escapes). */
  public static final class Replacement {
    private sealed interface Part permits Literal, GroupRef, NamedRef {}

    private record Literal(String text) implements Part {}

    private record GroupRef(int index) implements Part {}

    private record NamedRef(String name) implements Part {}

    private final List<Part> parts = new ArrayList<>();

    public Replacement(String template) {
      StringBuilder lit = new StringBuilder();
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        if (c != '\\' || i + 1 >= template.length()) {
          lit.append(c);
          i++;
          continue;
        }
        char n = template.charAt(i + 1);
        if (n >= '0' && n <= '9') {
          int j = i + 1;
          while (j < template.length() && j < i + 3 && Character.isDigit(template.charAt(j))) {
            j++;
          }
          flush(lit);
          parts.add(new GroupRef(Integer.parseInt(template.substring(i + 1, j))));
          i = j;
          continue;
        }
        if (n == 'g' && i + 2 < template.length() && template.charAt(i + 2) == '<') {
          int close = template.indexOf('>', i + 3);
          if (close < 0) {
            throw new IllegalArgumentException("missing > in group reference: " + template);
          }
          String ref = template.substring(i + 3, close);
          flush(lit);
          parts.add(!ref.isEmpty() && ref.chars().allMatch(ch -> ch >= '0' && ch <= '9')
              ? new GroupRef(Integer.parseInt(ref))
              : new NamedRef(ref));
          i = close + 1;
          continue;
        }
        switch (n) {
          case 'n' -> lit.append('\n');
          case 't' -> lit.append('\t');
          case 'r' -> lit.append('\r');
          case 'f' -> lit.append('\f');
          case 'v' -> lit.append('\u000b');
          case 'a' -> lit.append('\u0007');
          case 'b' -> lit.append('\b');
          case '\\' -> lit.append('\\');
          default -> {
            if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) {
              throw new IllegalArgumentException("bad escape \\" + n + " in replacement " + template);
            }
            lit.append('\\').append(n); // Python keeps other unknown escapes as written
          }
        }
        i += 2;
      }
      flush(lit);
    }

    private void flush(StringBuilder lit) {
      if (lit.length() > 0) {
        parts.add(new Literal(lit.toString()));
        lit.setLength(0);
      }
    }

    /** Replaces every match of {@code pattern} in {@code s} (unmatched groups give ""). */
    public String replaceAll(Pattern pattern, String s) {
      Matcher m = pattern.matcher(s);
      if (!m.find()) {
        return s;
      }
      StringBuilder out = new StringBuilder(s.length());
      int last = 0;
      do {
        out.append(s, last, m.start());
        for (Part part : parts) {
          String text;
          if (part instanceof Literal l) {
            text = l.text();
          } else if (part instanceof GroupRef g) {
            text = m.group(g.index());
          } else {
            text = m.group(((NamedRef) part).name());
          }
          if (text != null) {
            out.append(text);
          }
        }
        last = m.end();
      } while (m.find());
      return out.append(s, last, s.length()).toString();
    }
  }
}
