package io.hapsim.conformance.replay.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {NAME}} substitution: tokens whose NAME is a known variable are replaced, any other brace
 * text is left exactly as written (so scenarios never need escaping).
 */
public final class Template {
  private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

  private Template() {}

  /** Whether {@code text} holds something that substitution could replace (a {@code {NAME}} token). */
  public static boolean hasToken(String text) {
    return text.indexOf('{') >= 0 && TOKEN.matcher(text).find();
  }

  public static String subst(String template, Map<String, String> env) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher m = TOKEN.matcher(template);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String value = env.get(m.group(1));
      if (value == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(template.length() + 32);
      }
      out.append(template, last, m.start()).append(value);
      last = m.end();
    }
    if (out == null) {
      return template;
    }
    return out.append(template, last, template.length()).toString();
  }
}
