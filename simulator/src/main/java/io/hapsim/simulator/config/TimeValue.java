package io.hapsim.simulator.config;

/**
 * A time as HAProxy reads one (its parse_time_err), for the configuration and the CLI alike: decimal digits, then
 * an optional unit ({@code us}, {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}; none means the caller's
 * unit), converted to the caller's unit rounding up. HAProxy's 64-bit unsigned arithmetic is kept as it is, wrap
 * included, so that absurd inputs get its answers too. What follows a unit is ignored with a warning.
 *
 * @param value      the time in the unit asked for (valid when {@code problem} is {@link Problem#NONE})
 * @param problem    why HAProxy refuses it, if it does
 * @param unexpected the character reading stopped at, for {@link Problem#UNEXPECTED_CHARACTER} ("" at the end)
 * @param ignored    the first character after the unit, which HAProxy ignores with a warning ("" when none)
 */
public record TimeValue(long value, Problem problem, String unexpected, String ignored) {

    public enum Problem { NONE, UNEXPECTED_CHARACTER, OVERFLOW, UNDERFLOW }

    /** The units a caller reads times in. */
    public enum Unit {
        MILLISECONDS(1000, 1), SECONDS(1, 1);

        private final long multiplier;
        private final long divisor;

        Unit(long multiplier, long divisor) {
            this.multiplier = multiplier;
            this.divisor = divisor;
        }
    }

    private static final long LIMIT = 0x8000_0000L;

    public static TimeValue read(String text, Unit unit) {
        if (text.isEmpty() || !isDigit(text.charAt(0))) {
            return unexpected(text, 0);
        }
        int at = 0;
        long value = 0; // unsigned, wrapping as in C
        while (at < text.length() && isDigit(text.charAt(at))) {
            value = value * 10 + (text.charAt(at++) - '0');
        }
        long outMultiplier = unit.multiplier;
        long outDivisor = unit.divisor;
        long inMultiplier = 1;
        long inDivisor = 1;
        if (at == text.length()) {
            outMultiplier = 1;
            outDivisor = 1;
        } else {
            char next = at + 1 < text.length() ? text.charAt(at + 1) : 0;
            switch (text.charAt(at)) {
                case 's' -> { }
                case 'u' -> {
                    if (next != 's') {
                        return unexpected(text, at);
                    }
                    inDivisor = 1_000_000;
                    at++;
                }
                case 'm' -> {
                    if (next == 's') {
                        inDivisor = 1000;
                        at++;
                    } else {
                        inMultiplier = 60;
                    }
                }
                case 'h' -> inMultiplier = 3600;
                case 'd' -> inMultiplier = 86400;
                default -> {
                    return unexpected(text, at);
                }
            }
            at++;
        }
        // HAProxy's reductions, so that the product overflows no sooner than it does there
        if (outMultiplier % inDivisor == 0) {
            outMultiplier /= inDivisor;
            inDivisor = 1;
        }
        if (inDivisor % outMultiplier == 0) {
            inDivisor /= outMultiplier;
            outMultiplier = 1;
        }
        if (inMultiplier % outDivisor == 0) {
            inMultiplier /= outDivisor;
            outDivisor = 1;
        }
        if (outDivisor % inMultiplier == 0) {
            outDivisor /= inMultiplier;
            inMultiplier = 1;
        }
        long divisor = inDivisor * outDivisor;
        long result = Long.divideUnsigned(value * (inMultiplier * outMultiplier) + divisor - 1, divisor);
        if (Long.compareUnsigned(result, LIMIT) >= 0) {
            return new TimeValue(0, Problem.OVERFLOW, "", "");
        }
        if (result == 0 && value != 0) {
            return new TimeValue(0, Problem.UNDERFLOW, "", "");
        }
        return new TimeValue(result, Problem.NONE, "", at < text.length() ? text.substring(at, at + 1) : "");
    }

    /** HAProxy's warning about {@link #ignored()} text after the unit of {@code text}, or null when there is none. */
    public String ignoredTextWarning(String text) {
        return ignored.isEmpty() ? null : "unexpected character '" + ignored + "' after the timer value '" + text
                + "', only (us=microseconds,ms=milliseconds,s=seconds,m=minutes,h=hours,d=days) are supported."
                + " This will be reported as an error in next versions.\n";
    }

    private static TimeValue unexpected(String text, int at) {
        return new TimeValue(0, Problem.UNEXPECTED_CHARACTER, at < text.length() ? text.substring(at, at + 1) : "",
                "");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
