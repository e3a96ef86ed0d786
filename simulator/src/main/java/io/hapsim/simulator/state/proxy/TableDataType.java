package io.hapsim.simulator.state.proxy;

import java.util.Arrays;
import java.util.Optional;

/** The data a stick table may store, in HAProxy's order: the order "show table" prints an entry's data in. */
public enum TableDataType {
    SERVER_ID("server_id", Kind.SIGNED),
    GPT0("gpt0", Kind.UNSIGNED),
    GPC0("gpc0", Kind.UNSIGNED),
    GPC0_RATE("gpc0_rate", Kind.RATE),
    CONN_CNT("conn_cnt", Kind.UNSIGNED),
    CONN_RATE("conn_rate", Kind.RATE),
    CONN_CUR("conn_cur", Kind.UNSIGNED),
    SESS_CNT("sess_cnt", Kind.UNSIGNED),
    SESS_RATE("sess_rate", Kind.RATE),
    HTTP_REQ_CNT("http_req_cnt", Kind.UNSIGNED),
    HTTP_REQ_RATE("http_req_rate", Kind.RATE),
    HTTP_ERR_CNT("http_err_cnt", Kind.UNSIGNED),
    HTTP_ERR_RATE("http_err_rate", Kind.RATE),
    BYTES_IN_CNT("bytes_in_cnt", Kind.UNSIGNED_64),
    BYTES_IN_RATE("bytes_in_rate", Kind.RATE),
    BYTES_OUT_CNT("bytes_out_cnt", Kind.UNSIGNED_64),
    BYTES_OUT_RATE("bytes_out_rate", Kind.RATE),
    GPC1("gpc1", Kind.UNSIGNED),
    GPC1_RATE("gpc1_rate", Kind.RATE),
    SERVER_KEY("server_key", Kind.NAME),
    HTTP_FAIL_CNT("http_fail_cnt", Kind.UNSIGNED),
    HTTP_FAIL_RATE("http_fail_rate", Kind.RATE),
    GPT("gpt", Kind.UNSIGNED),
    GPC("gpc", Kind.UNSIGNED),
    GPC_RATE("gpc_rate", Kind.RATE),
    GLITCH_CNT("glitch_cnt", Kind.UNSIGNED),
    GLITCH_RATE("glitch_rate", Kind.RATE);

    /** How a value is kept and printed. */
    public enum Kind {
        /** A signed 32-bit integer. */
        SIGNED,
        /** An unsigned 32-bit integer. */
        UNSIGNED,
        /** An unsigned 64-bit integer. */
        UNSIGNED_64,
        /** A rate over a period: the CLI sets its current count (32 bits). */
        RATE,
        /** A server name: the CLI cannot set it, it prints "-" until traffic fills it. */
        NAME
    }

    private final String word;
    private final Kind kind;

    TableDataType(String word, Kind kind) {
        this.word = word;
        this.kind = kind;
    }

    /** The type a "data.&lt;type&gt;" or "store" word names ("server_name" is another name of server_key). */
    public static Optional<TableDataType> named(String word) {
        String name = word.equals("server_name") ? "server_key" : word;
        return Arrays.stream(values()).filter(type -> type.word.equals(name)).findFirst();
    }

    public String word() {
        return word;
    }

    public Kind kind() {
        return kind;
    }

    /** An array type (gpt, gpc, gpc_rate), whose elements print as gpt0, gpc1, gpc2_rate... */
    boolean isArray() {
        return this == GPT || this == GPC || this == GPC_RATE;
    }

    /** What a value given on the CLI becomes once stored. */
    long stored(long value) {
        return switch (kind) {
            case SIGNED -> (int) value;
            case UNSIGNED, RATE -> value & 0xFFFFFFFFL;
            case UNSIGNED_64, NAME -> value;
        };
    }

    /** A stored value as the dump prints it. */
    public String text(long value) {
        return switch (kind) {
            case UNSIGNED_64 -> Long.toUnsignedString(value);
            case NAME -> "-";
            default -> Long.toString(value);
        };
    }
}
