package io.hapsim.simulator.session;

import io.hapsim.simulator.version.OversizeAnswer;

/** The words a version says before closing on a command or payload that does not fit in its buffer. */
final class Oversize {

    private static final String ADVICE =
            " is too big for the buffer size. Please change tune.bufsize in the configuration to use a bigger command.\n";
    private static final String QUOTED_ADVICE = ADVICE.replace("tune.bufsize", "'tune.bufsize'");

    private Oversize() {
    }

    static String message(OversizeAnswer answer) {
        return switch (answer) {
            case SILENT_CLOSE, SPIN -> "";
            case COMMAND_TOO_BIG -> "The command" + ADVICE;
            case COMMAND_TOO_BIG_EXTRA_LF -> "The command" + ADVICE + "\n";
            case COMMAND_LINE_TOO_BIG -> "The command line" + ADVICE;
            case COMMAND_LINE_TOO_BIG_QUOTED -> "The command line" + QUOTED_ADVICE;
            case PAYLOAD_TOO_BIG -> "The payload is too big. Please change 'tune.cli.max-payload-size' in the"
                    + " configuration to use a bigger payload.\n";
        };
    }
}
