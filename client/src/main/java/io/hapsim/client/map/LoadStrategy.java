package io.hapsim.client.map;

import java.util.Locale;

/**
 * How payload chunks travel to HAProxy.
 *
 * @param kind        the transport
 * @param connections how many connections carry chunks at once ({@link Kind#CONNECTION_PER_CHUNK}); 1 for sessions
 */
public record LoadStrategy(Kind kind, int connections) {

    /** The transports. */
    public enum Kind {
        /** One non-interactive connection per payload chunk (never two payloads on one such connection). */
        CONNECTION_PER_CHUNK,
        /** One {@code prompt} session, chunks pipelined; {@code "+ "} continuation prompts consumed. */
        PROMPT_SESSION,
        /** One {@code prompt i} session (3.2+), chunks pipelined. */
        INTERACTIVE_SESSION
    }

    public LoadStrategy {
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("connections must be 1..64: " + connections);
        }
        if (kind != Kind.CONNECTION_PER_CHUNK && connections != 1) {
            throw new IllegalArgumentException(kind + " uses one connection");
        }
    }

    public static LoadStrategy connectionPerChunk(int connections) {
        return new LoadStrategy(Kind.CONNECTION_PER_CHUNK, connections);
    }

    public static LoadStrategy promptSession() {
        return new LoadStrategy(Kind.PROMPT_SESSION, 1);
    }

    public static LoadStrategy interactiveSession() {
        return new LoadStrategy(Kind.INTERACTIVE_SESSION, 1);
    }

    /** Parses {@code connection-per-chunk[:N]}, {@code prompt-session}, {@code interactive-session}. */
    public static LoadStrategy parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String name = colon < 0 ? t : t.substring(0, colon);
        int n = colon < 0 ? 1 : Integer.parseInt(t.substring(colon + 1));
        return switch (name) {
            case "connection-per-chunk", "connections" -> connectionPerChunk(n);
            case "prompt-session", "prompt" -> promptSession();
            case "interactive-session", "prompt-i" -> interactiveSession();
            default -> throw new IllegalArgumentException("unknown strategy '" + text
                    + "' (connection-per-chunk[:N], prompt-session, interactive-session)");
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CONNECTION_PER_CHUNK -> "connection-per-chunk:" + connections;
            case PROMPT_SESSION -> "prompt-session";
            case INTERACTIVE_SESSION -> "interactive-session";
        };
    }
}
