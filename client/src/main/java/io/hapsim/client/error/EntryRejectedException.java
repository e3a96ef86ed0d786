package io.hapsim.client.error;

/**
 * The client refused an entry before sending anything for it, because HAProxy cannot store it as given (a key with
 * a space, a newline in a value, an entry larger than a payload chunk ...). Names the entry and its source line.
 */
public class EntryRejectedException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String key;
    private final String reason;

    public EntryRejectedException(long line, String key, String reason) {
        super((line > 0 ? "line " + line + ": " : "") + "entry " + quote(key) + " rejected: " + reason);
        this.line = line;
        this.key = key;
        this.reason = reason;
    }

    private static String quote(String key) {
        String shown = key.length() > 60 ? key.substring(0, 57) + "..." : key;
        StringBuilder out = new StringBuilder("'");
        for (char c : shown.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** The 1-based line of the source (file or iterator position); 0 if unknown. */
    public long line() {
        return line;
    }

    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }
}
