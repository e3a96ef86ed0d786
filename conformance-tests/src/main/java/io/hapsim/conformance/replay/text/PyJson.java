package io.hapsim.conformance.replay.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as Python's {@code json.dumps(x, sort_keys=True, ensure_ascii=True)} writes
 * it (optionally with {@code indent}), and Python's {@code str()} of a float: the golden files and
 * the rendered transcripts are made of these, so recording and rendering must match byte for byte.
 */
public final class PyJson {
  private PyJson() {}

  /** Single-line form: {@code {"a": 1, "b": [1, 2]}}. */
  public static String dumps(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, -1, 0);
    return out.toString();
  }

  /** Indented form ({@code indent} spaces per level), as with {@code json.dumps(x, indent=N)}. */
  public static String dumps(JsonNode node, int indent) {
    StringBuilder out = new StringBuilder();
    write(node, out, indent, 0);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, int indent, int level) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isBoolean()) {
      out.append(node.booleanValue() ? "true" : "false");
    } else if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      out.append(floatRepr(node.doubleValue()));
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(items::add);
      container(out, '[', ']', items.size(), indent, level, (k, o) -> write(items.get(k), o, indent, level + 1));
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      // keys here are BMP text: UTF-16 order is code point order, as Python sorts
      fields.sort(Map.Entry.comparingByKey());
      container(out, '{', '}', fields.size(), indent, level, (k, o) -> {
        quote(fields.get(k).getKey(), o);
        o.append(": ");
        write(fields.get(k).getValue(), o, indent, level + 1);
      });
    } else {
      throw new IllegalArgumentException("unsupported JSON node " + node.getNodeType());
    }
  }

  private interface ItemWriter {
    void write(int index, StringBuilder out);
  }

  private static void container(StringBuilder out, char open, char close, int n, int indent, int level,
      ItemWriter item) {
    out.append(open);
    if (n == 0) {
      out.append(close);
      return;
    }
    for (int k = 0; k < n; k++) {
      if (indent >= 0) {
        out.append(k == 0 ? "\n" : ",\n").append(" ".repeat(indent * (level + 1)));
      } else if (k > 0) {
        out.append(", ");
      }
      item.write(k, out);
    }
    if (indent >= 0) {
      out.append('\n').append(" ".repeat(indent * level));
    }
    out.append(close);
  }

  /** A JSON string literal with ensure_ascii escaping. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    quote(s, out);
    return out.toString();
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append("\\u%04x".formatted((int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Python's {@code repr()}/{@code str()} of a float: {@code 0.3}, {@code 2.0}, {@code 1e-05}. */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
    String sign = d < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = bd.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }
}
