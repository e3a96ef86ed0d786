package io.hapsim.simulator.config;

import io.hapsim.simulator.version.VersionProfile;

/**
 * The global keywords behind what {@code show info} reports about the process ({@code nbthread}, {@code maxconn},
 * {@code node}, {@code stats maxconn}), read and refused as each version does. Each method takes the keyword's
 * argument and {@code where} ({@code parsing [FILE:LINE] : }).
 */
final class ProcessKeywords {

    private ProcessKeywords() {
    }

    static int nbthread(String where, String argument, VersionProfile profile) {
        CNumber threads = CNumber.read(argument, 10);
        if (!threads.whole()) {
            throw new IllegalArgumentException(where + "'nbthread' passed a missing or unparsable integer value in '"
                    + argument + "'");
        }
        if (threads.value() < 1 || threads.value() > profile.maxThreads()) {
            throw new IllegalArgumentException(where + "'nbthread' value must be between 1 and "
                    + profile.maxThreads() + " (was " + threads.value() + ")");
        }
        return (int) threads.value();
    }

    /** The value HAProxy keeps (0 leaves it to the descriptor limit), even when it then refuses the text. */
    static int maxconn(String where, String argument) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException(where + "'maxconn' expects an integer argument.");
        }
        return (int) CNumber.read(argument, 10).value();
    }

    /** Refuses text after the digits, where the version does (2.8+). */
    static void requireWholeMaxconn(String where, String argument, VersionProfile profile) {
        if (profile.strictMaxconn() && !CNumber.read(argument, 10).whole()) {
            throw new IllegalArgumentException(where + "cannot parse 'maxconn' value '" + argument
                    + "', an integer is expected.");
        }
    }

    static String node(String where, String argument) {
        if (argument.isEmpty() || !argument.chars().allMatch(ProcessKeywords::isNodeCharacter)) {
            // HAProxy's one message without a blank before its colon
            throw new IllegalArgumentException(where.replace("] : ", "]: ") + "'node' requires valid node name -"
                    + " non-empty string with digits(0-9), letters(A-Z, a-z), dot(.), hyphen(-) or underscode(_).");
        }
        return argument;
    }

    static int statsMaxconn(String where, String argument) {
        long maxconn = CNumber.read(argument, 10).value();
        if (maxconn <= 0) {
            throw new IllegalArgumentException(where + "'stats maxconn' expects a positive value");
        }
        return (int) maxconn;
    }

    private static boolean isNodeCharacter(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
    }
}
