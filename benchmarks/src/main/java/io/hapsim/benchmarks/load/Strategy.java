package io.hapsim.benchmarks.load;

import java.util.Locale;

/** How a bulk load travels to HAProxy (each load is: prepare map, upload, commit map). */
public enum Strategy {
    /** One {@code prompt} session; {@code add map @V M <<} payload chunks pipelined (16 in flight). */
    PROMPT_PAYLOAD("prompt-payload", "prompt session, payload chunks"),
    /** One {@code prompt i} session (3.2+); one {@code add map @V M k v} per line, pipelined. */
    PROMPT_I_LINES("prompt-i-lines", "prompt i session, one add per line"),
    /** One non-interactive connection per payload chunk, one at a time: the naive socat loop. */
    CONN_PER_CHUNK("conn-per-chunk", "one connection per payload chunk"),
    /** {@code add map @V M k v;add map ...} lines of single adds, one non-interactive connection per line. */
    SEMICOLON_ADDS("semicolon-adds", "';'-joined single adds, one connection per line"),
    /** The reference client: {@code maps().replace(...)} with its default strategy for the version, no verify. */
    CLIENT("client", "reference client (MapTransaction, verify off)"),
    /** The reference client with its default verification (count and checksum of the prepared version). */
    CLIENT_VERIFIED("client-verified", "reference client (MapTransaction, verify on)");

    private final String label;
    private final String description;

    Strategy(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean isClient() {
        return this == CLIENT || this == CLIENT_VERIFIED;
    }

    /** Whether the strategy works on this version profile ("2.6", "3.0", "3.2", ...). */
    public boolean supports(String version) {
        return this != PROMPT_I_LINES || compare(version, "3.2") >= 0;
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    public static Strategy parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        for (Strategy st : values()) {
            if (st.label.equals(t) || st.name().equalsIgnoreCase(t)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + s + "'");
    }
}
