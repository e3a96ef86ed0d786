package io.hapsim.simulator.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Faults written as text, for the command line and the control API: {@code close}, {@code reset},
 * {@code stall 500ms}, {@code stall forever}, {@code delay 200ms}, {@code delay 10ms..200ms}, {@code drip 16 20ms},
 * {@code answer TEXT} (the rest of the line, {@code \n} for a line feed), {@code drop-terminator},
 * {@code stop-reading}, {@code quirk input-buffer-full-freeze|oversize-payload-spin}; and a chaos mix as
 * {@code 0.05 reset; 0.1 stall 2s}. Durations take ms or s.
 */
public final class FaultSpec {

    private FaultSpec() {
    }

    public static Fault parse(String text) {
        String spec = text.strip();
        int space = spec.indexOf(' ');
        String name = (space < 0 ? spec : spec.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : spec.substring(space + 1).strip();
        Fault fault = switch (name) {
            case "close" -> Fault.close();
            case "reset" -> Fault.reset();
            case "stall" -> rest.equals("forever") ? Fault.stallForever() : Fault.stall(duration(rest));
            case "delay" -> rest.contains("..")
                    ? Fault.delay(duration(rest.substring(0, rest.indexOf(".."))),
                            duration(rest.substring(rest.indexOf("..") + 2)))
                    : Fault.delay(duration(rest));
            case "drip" -> drip(rest);
            case "answer" -> Fault.answer(rest.replace("\\n", "\n"));
            case "drop-terminator" -> Fault.dropTerminator();
            case "stop-reading" -> Fault.stopReading();
            case "quirk" -> Fault.quirk(quirk(rest));
            default -> throw new IllegalArgumentException("unknown fault '" + name + "' (close, reset, stall, delay,"
                    + " drip, answer, drop-terminator, stop-reading, quirk)");
        };
        if (!rest.isEmpty() && (name.equals("close") || name.equals("reset") || name.equals("drop-terminator")
                || name.equals("stop-reading"))) {
            throw new IllegalArgumentException("'" + name + "' takes no argument: '" + text + "'");
        }
        return fault;
    }

    /** A chaos mix: {@code PROBABILITY FAULT} items separated by {@code ;}. */
    public static List<Chance> parseChaos(String text) {
        List<Chance> chances = new ArrayList<>();
        for (String item : text.split(";")) {
            String trimmed = item.strip();
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("a chaos item is 'PROBABILITY FAULT': '" + trimmed + "'");
            }
            chances.add(Chance.of(Double.parseDouble(trimmed.substring(0, space)),
                    parse(trimmed.substring(space + 1))));
        }
        return chances;
    }

    private static Fault drip(String rest) {
        String[] parts = rest.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("drip takes BYTES PERIOD: 'drip 16 20ms'");
        }
        return Fault.drip(Integer.parseInt(parts[0]), duration(parts[1]));
    }

    private static VersionQuirk quirk(String name) {
        try {
            return VersionQuirk.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown quirk '" + name
                    + "' (input-buffer-full-freeze, oversize-payload-spin)", e);
        }
    }

    /** A duration as hapsim's options write it: {@code 500ms}, {@code 2s}, {@code 1.7s}. */
    public static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1))
                        * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a duration such as 500ms or 2s: '" + text + "'");
    }
}
