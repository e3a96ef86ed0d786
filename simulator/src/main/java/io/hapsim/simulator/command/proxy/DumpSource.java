package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.OutputSource;
import java.util.Iterator;
import java.util.function.Function;

/** A dump streamed under backpressure: a header, one rendered piece per element (pulled lazily), a footer. */
final class DumpSource {

    private DumpSource() {
    }

    static <T> OutputSource of(String header, Iterator<T> items, Function<T, String> render, String footer) {
        return new OutputSource() {
            private boolean headerDone;

            @Override
            public boolean produce(StringBuilder out, int budget) {
                int start = out.length();
                if (!headerDone) {
                    out.append(header);
                    headerDone = true;
                }
                while (items.hasNext() && out.length() - start < budget) {
                    out.append(render.apply(items.next()));
                }
                if (items.hasNext()) {
                    return true;
                }
                out.append(footer);
                return false;
            }
        };
    }
}
