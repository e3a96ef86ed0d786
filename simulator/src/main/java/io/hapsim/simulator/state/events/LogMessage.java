package io.hapsim.simulator.state.events;

/**
 * A message a proxy logs, at the severity its log lines get it (standard error prints it as a warning, whatever
 * that severity).
 *
 * @param level the severity
 * @param text  the message, without its line ending
 */
public record LogMessage(Severity level, String text) {

    public static LogMessage notice(String text) {
        return new LogMessage(Severity.NOTICE, text);
    }
}
