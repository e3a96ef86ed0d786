package io.hapsim.simulator.config;

import java.time.Duration;
import java.util.Optional;

/** HAProxy's time syntax: a decimal number with an optional unit (us, ms, s, m, h, d) and a default unit. */
public final class TimeValue {

    private TimeValue() {
    }

    /** Parses {@code text}; empty when it is not a well-formed time. */
    public static Optional<Duration> parse(String text, String defaultUnit) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 18) {
            return Optional.empty();
        }
        long value = Long.parseLong(text.substring(0, digits));
        String unit = digits == text.length() ? defaultUnit : text.substring(digits);
        return switch (unit) {
            case "us" -> Optional.of(Duration.ofNanos(value * 1000));
            case "ms" -> Optional.of(Duration.ofMillis(value));
            case "s" -> Optional.of(Duration.ofSeconds(value));
            case "m" -> Optional.of(Duration.ofMinutes(value));
            case "h" -> Optional.of(Duration.ofHours(value));
            case "d" -> Optional.of(Duration.ofDays(value));
            default -> Optional.empty();
        };
    }
}
