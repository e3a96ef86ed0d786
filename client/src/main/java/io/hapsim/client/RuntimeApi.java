package io.hapsim.client;

import io.hapsim.client.transport.LineSink;

/**
 * The commands of one HAProxy Runtime API socket, as the typed operations ({@link io.hapsim.client.map}) use them:
 * one-shot commands, streamed answers, interactive sessions. {@link HaproxyCli} is the implementation.
 */
public interface RuntimeApi {

    CliOptions options();

    /** The same socket with other options. */
    RuntimeApi withOptions(CliOptions options);

    /** One command on its own non-interactive connection; HAProxy's whole answer without its terminator. */
    String execute(String command);

    /** One payload command ({@code command} ends with {@code <<}) with its payload, on its own connection. */
    String execute(String command, String payload);

    /**
     * One request sent as these bytes (a command line and its payload, already encoded) on its own connection;
     * the answer's bytes without the terminator. {@code command} names it in errors.
     */
    byte[] exchange(byte[] request, String command);

    /** One command, its answer streamed line by line. */
    void stream(String command, LineSink lines);

    /** An interactive session in the given mode. */
    CliSession openSession(SessionMode mode);

    /** An interactive session in {@code prompt} mode (every version). */
    default CliSession openSession() {
        return openSession(SessionMode.PROMPT);
    }

    /** The version of HAProxy behind the socket. */
    HaproxyVersion version();
}
