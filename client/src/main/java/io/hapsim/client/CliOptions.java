package io.hapsim.client;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Client settings (immutable; each {@code with}-style method returns a copy).
 *
 * @param connectTimeout how long connecting may take
 * @param readTimeout    how long HAProxy may stay silent while an answer is awaited (idle time, not total time)
 * @param charset        how keys, values and answers map to bytes; ISO-8859-1 (default) is lossless for any byte
 * @param bufferSize     HAProxy's {@code tune.bufsize} (default 16384); payload chunks are sized to fit it
 * @param busyPatience   how long a client through a master socket tries again when the master takes no connection
 *                       (all its slots held, haproxy#3351; nothing was sent); zero (default): it fails at once
 */
public record CliOptions(Duration connectTimeout, Duration readTimeout, Charset charset, int bufferSize,
        Duration busyPatience) {

    public static final int DEFAULT_BUFFER_SIZE = 16384;

    public CliOptions {
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        Objects.requireNonNull(charset);
        if (busyPatience.isNegative()) {
            throw new IllegalArgumentException("patience cannot be negative: " + busyPatience);
        }
        if (bufferSize < 1024) {
            throw new IllegalArgumentException("tune.bufsize below 1024 is not supported: " + bufferSize);
        }
    }

    public static CliOptions defaults() {
        return new CliOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), StandardCharsets.ISO_8859_1,
                DEFAULT_BUFFER_SIZE, Duration.ZERO);
    }

    public CliOptions connectTimeout(Duration timeout) {
        return new CliOptions(timeout, readTimeout, charset, bufferSize, busyPatience);
    }

    public CliOptions readTimeout(Duration timeout) {
        return new CliOptions(connectTimeout, timeout, charset, bufferSize, busyPatience);
    }

    public CliOptions charset(Charset cs) {
        return new CliOptions(connectTimeout, readTimeout, cs, bufferSize, busyPatience);
    }

    public CliOptions bufferSize(int bytes) {
        return new CliOptions(connectTimeout, readTimeout, charset, bytes, busyPatience);
    }

    public CliOptions busyPatience(Duration patience) {
        return new CliOptions(connectTimeout, readTimeout, charset, bufferSize, patience);
    }
}
