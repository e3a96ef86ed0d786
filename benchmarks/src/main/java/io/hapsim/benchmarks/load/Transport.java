package io.hapsim.benchmarks.load;

import java.util.Locale;

/** The socket a load travels through. */
public enum Transport {
    UNIX, TCP;

    public static Transport parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
