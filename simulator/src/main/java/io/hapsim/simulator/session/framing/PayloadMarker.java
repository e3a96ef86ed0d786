package io.hapsim.simulator.session.framing;

import io.hapsim.simulator.version.PayloadMarkerRule;

/**
 * Whether a command opens a payload ({@code ... <<} or, from 3.0, {@code ... <<PATTERN}), and what remains of the
 * command once the marker is taken off.
 *
 * @param command          the command without its marker (or the whole command when there is none)
 * @param opensPayload     a payload follows
 * @param pattern          the line that ends the payload; empty for the default empty-line terminator
 * @param glued            2.x only: the marker was glued to the last word ({@code x<<}); HAProxy then reads the
 *                         payload as further words instead of as a payload
 * @param overlongPattern  a {@code <<PATTERN} longer than the version allows: not a marker, just a word
 */
public record PayloadMarker(String command, boolean opensPayload, String pattern, boolean glued,
        boolean overlongPattern) {

    private static final String MARKER = "<<";

    public static PayloadMarker find(String command, PayloadMarkerRule rule, int maxPatternLength) {
        if (command.isBlank()) {
            return none(command);
        }
        if (rule == PayloadMarkerRule.COMMAND_SUFFIX) {
            if (!command.endsWith(MARKER)) {
                return none(command);
            }
            String rest = command.substring(0, command.length() - MARKER.length());
            boolean glued = !rest.isEmpty() && !CommandWords.isBlank(rest.charAt(rest.length() - 1));
            return new PayloadMarker(glued ? command : rest, true, "", glued, false);
        }
        int lastBlank = Math.max(command.lastIndexOf(' '), command.lastIndexOf('\t'));
        String lastWord = command.substring(lastBlank + 1);
        if (!lastWord.startsWith(MARKER)) {
            return none(command);
        }
        String pattern = lastWord.substring(MARKER.length());
        if (pattern.length() > maxPatternLength) {
            return new PayloadMarker(command, false, "", false, true);
        }
        return new PayloadMarker(command.substring(0, lastBlank + 1), true, pattern, false, false);
    }

    private static PayloadMarker none(String command) {
        return new PayloadMarker(command, false, "", false, false);
    }
}
