package io.hapsim.conformance.replay.run;

import io.hapsim.conformance.replay.scenario.Step;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.text.Template;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The writes ("units", latin-1 strings) a send step is made of: {@code send} split into {@code
 * chunk}-sized slices (or one write), {@code send_hex} as one write, {@code gen} pieces grouped
 * into writes of at least {@code chunk} bytes (whole pieces, never split).
 */
public final class WriteUnits {
  private WriteUnits() {}

  public static void forEach(Step.Write step, Map<String, String> env, Consumer<String> unit) {
    if (step instanceof Step.Send s) {
      String data = Template.subst(s.text(), env);
      if (s.chunk() > 0) {
        for (int i = 0; i < data.length(); i += s.chunk()) {
          unit.accept(data.substring(i, Math.min(data.length(), i + s.chunk())));
        }
        // Python's range() over an empty string yields no write at all
      } else {
        unit.accept(data);
      }
    } else if (step instanceof Step.SendHex h) {
      unit.accept(Latin1.fromHex(Template.subst(h.hex(), env)));
    } else {
      Step.Gen g = (Step.Gen) step;
      Grouper grouper = new Grouper(g.chunk(), unit);
      g.generator().emit(env, grouper);
      grouper.finish();
    }
  }

  /** Groups pieces into units of at least {@code chunk} chars. */
  private static final class Grouper implements Consumer<String> {
    private final int chunk;
    private final Consumer<String> unit;
    private final StringBuilder acc = new StringBuilder();
    private int pieces;

    Grouper(int chunk, Consumer<String> unit) {
      this.chunk = chunk;
      this.unit = unit;
    }

    @Override
    public void accept(String piece) {
      acc.append(piece);
      pieces++;
      if (acc.length() >= chunk) {
        flush();
      }
    }

    void finish() {
      if (pieces > 0) {
        flush();
      }
    }

    private void flush() {
      unit.accept(acc.toString());
      acc.setLength(0);
      pieces = 0;
    }
  }

  /** Everything a step would send, concatenated (for debugging and tests). */
  public static String expand(Step.Write step, Map<String, String> env) {
    StringBuilder sb = new StringBuilder();
    forEach(step, env, sb::append);
    return sb.toString();
  }
}
