package io.hapsim.conformance.replay.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes recorded text independent of the run: regex rules first (e.g. ASLR-dependent pointers),
 * then run-time values (the instance directory...) become their {@code {NAME}} placeholders.
 */
public final class Normalizer {
  /** Default rule: pattern-reference pointers printed by {@code show map}/{@code show acl}. */
  public static final Rule POINTER_RULE = new Rule("\\b0x[0-9a-f]{6,16}\\b", "0x<ptr>");

  /** A normalisation rule as written in scenarios (Python regex and re.sub replacement). */
  public record Rule(String regex, String replace) {
    public Rule {
      replace = replace == null ? "" : replace;
    }
  }

  /**
   * A run-time value and its placeholder. A number (a pid) is only replaced where it stands alone, not inside a
   * longer number.
   */
  private record Value(String value, String placeholder, Pattern standalone) {
    Value(String value, String placeholder) {
      this(value, placeholder, value.chars().allMatch(Character::isDigit)
          ? Pattern.compile("(?<![0-9])" + value + "(?![0-9])") : null);
    }

    String replaceIn(String s) {
      if (!s.contains(value)) {
        return s;
      }
      return standalone == null ? s.replace(value, placeholder)
          : standalone.matcher(s).replaceAll(Matcher.quoteReplacement(placeholder));
    }
  }

  private record Compiled(Pattern pattern, PyRegex.Replacement replacement) {}

  private final List<Value> values = new ArrayList<>();
  private final List<Compiled> rules = new ArrayList<>();

  /**
   * @param vars placeholder name -> run-time value (values shorter than 2 chars are ignored)
   * @param rules regex rules, applied in order before the values
   */
  public Normalizer(Map<String, String> vars, List<Rule> rules) {
    vars.forEach((name, value) -> {
      if (value != null && value.length() >= 2) {
        values.add(new Value(value, "{" + name + "}"));
      }
    });
    // longest values first so that /a/b/c wins over /a/b (stable for equal lengths)
    values.sort(Comparator.comparingInt((Value v) -> v.value().length()).reversed());
    for (Rule r : rules) {
      this.rules.add(new Compiled(PyRegex.compileText(r.regex()), new PyRegex.Replacement(r.replace())));
    }
  }

  public String text(String s) {
    for (Compiled r : rules) {
      s = r.replacement().replaceAll(r.pattern(), s);
    }
    for (Value v : values) {
      s = v.replaceIn(s);
    }
    return s;
  }

  /** Length of {@code s} once run-time values are replaced by placeholders (rules ignored). */
  public long length(String s) {
    long n = s.length();
    for (Value v : values) {
      int c = Latin1.count(s, v.value());
      if (c > 0) {
        n -= (long) c * (v.value().length() - v.placeholder().length());
      }
    }
    return n;
  }
}
