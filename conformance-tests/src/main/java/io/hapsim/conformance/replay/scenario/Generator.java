package io.hapsim.conformance.replay.scenario;

import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.text.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Byte generators of {@code gen} steps. A generator emits "pieces" (latin-1 strings) lazily; the
 * piece boundaries matter because a {@code gen} step groups whole pieces into writes of at least
 * {@code chunk} bytes, exactly as the reference tool does.
 */
public sealed interface Generator {

  /** Emits the pieces, with {@code {NAME}} tokens of {@code env} substituted. */
  void emit(Map<String, String> env, Consumer<String> sink);

  /** A JSON string: one piece, substituted. */
  record Literal(String text) implements Generator {
    @Override
    public void emit(Map<String, String> env, Consumer<String> sink) {
      sink.accept(Template.subst(text, env));
    }
  }

  /** A JSON list: its items one after the other. */
  record Concat(List<Generator> items) implements Generator {
    public Concat {
      items = List.copyOf(items);
    }

    @Override
    public void emit(Map<String, String> env, Consumer<String> sink) {
      for (Generator g : items) {
        g.emit(env, sink);
      }
    }
  }

  /**
   * {@code {"repeat": N, "var": "i", "start": 0, "body": G, "sep": S}}: body N times with {@code
   * {var}} = start.. start+N-1, the substituted separator between two bodies.
   */
  record Repeat(long count, String var, long start, Generator body, String sep) implements Generator {
    @Override
    public void emit(Map<String, String> env, Consumer<String> sink) {
      Map<String, String> inner = new HashMap<>(env);
      for (long k = start; k < start + count; k++) {
        inner.put(var, Long.toString(k));
        if (sep != null && k != start) {
          sink.accept(Template.subst(sep, inner));
        }
        body.emit(inner, sink);
      }
    }
  }

  /** {@code {"hex": "0d0a"}}: raw bytes, one piece, no substitution. */
  record Hex(String hex) implements Generator {
    public Hex {
      Latin1.fromHex(hex); // validate early
    }

    @Override
    public void emit(Map<String, String> env, Consumer<String> sink) {
      sink.accept(Latin1.fromHex(hex));
    }
  }

  /** {@code {"text": "..."}}: like a string. */
  record Text(String text) implements Generator {
    @Override
    public void emit(Map<String, String> env, Consumer<String> sink) {
      sink.accept(Template.subst(text, env));
    }
  }
}
