package io.hapsim.simulator.command;

import java.util.Iterator;
import java.util.function.Function;

/** Ready-made {@link OutputSource}s. */
public final class OutputSources {

    private OutputSources() {
    }

    /** A fixed text, produced in one go. */
    public static OutputSource of(String text) {
        return (out, budget) -> {
            out.append(text);
            return false;
        };
    }

    /** One rendered line per element, pulled lazily so that huge listings stay streamed. */
    public static <T> OutputSource lines(Iterator<T> items, Function<T, String> render) {
        return (out, budget) -> {
            int start = out.length();
            while (items.hasNext() && out.length() - start < budget) {
                out.append(render.apply(items.next()));
            }
            return items.hasNext();
        };
    }
}
