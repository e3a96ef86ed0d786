package io.hapsim.simulator.fault;

import java.util.List;
import java.util.regex.Pattern;

/** What makes a rule fire: a connection accepted, a command, a connection's N-th command, a payload's K-th line. */
sealed interface FaultTrigger {

    /** Whether a command (its words, its place on the connection) fires this trigger. */
    default boolean matchesCommand(List<String> args, int index) {
        return false;
    }

    /** Whether a payload that holds {@code lines} lines so far fires this trigger. */
    default boolean matchesPayload(int lines) {
        return false;
    }

    record Accept() implements FaultTrigger {
        @Override
        public String toString() {
            return "connection";
        }
    }

    record AnyCommand() implements FaultTrigger {
        @Override
        public boolean matchesCommand(List<String> args, int index) {
            return true;
        }

        @Override
        public String toString() {
            return "any command";
        }
    }

    /** Commands whose first words are these, as HAProxy matches a keyword. */
    record Words(List<String> words) implements FaultTrigger {
        static Words of(String line) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("a command to match needs at least one word");
            }
            return new Words(List.of(trimmed.split("\\s+")));
        }

        @Override
        public boolean matchesCommand(List<String> args, int index) {
            return args.size() >= words.size() && args.subList(0, words.size()).equals(words);
        }

        @Override
        public String toString() {
            return "'" + String.join(" ", words) + "'";
        }
    }

    /** Commands whose line (words joined by single spaces) contains a match of the regular expression. */
    record Matching(Pattern pattern) implements FaultTrigger {
        @Override
        public boolean matchesCommand(List<String> args, int index) {
            return pattern.matcher(String.join(" ", args)).find();
        }

        @Override
        public String toString() {
            return "/" + pattern.pattern() + "/";
        }
    }

    /** A connection's {@code n}-th command, whatever it is. */
    record NthCommand(int n) implements FaultTrigger {
        @Override
        public boolean matchesCommand(List<String> args, int index) {
            return index == n;
        }

        @Override
        public String toString() {
            return "command #" + n;
        }
    }

    /** A payload once it holds {@code lines} lines. */
    record PayloadLines(int lines) implements FaultTrigger {
        @Override
        public boolean matchesPayload(int taken) {
            return taken >= lines;
        }

        @Override
        public String toString() {
            return "payload line " + lines;
        }
    }
}
