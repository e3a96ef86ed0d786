package io.hapsim.tool;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.HaproxyCli;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every client subcommand shares. */
final class SocketOptions {

    @Option(names = {"-s", "--socket"}, required = true, paramLabel = "SOCKET",
            description = "The stats socket: a path, unix:PATH or HOST:PORT.")
    String socket;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long HAProxy may stay silent (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--bufsize", paramLabel = "BYTES", defaultValue = "16384",
            description = "HAProxy's tune.bufsize, to size payload chunks (default: ${DEFAULT-VALUE}).")
    int bufferSize;

    @Option(names = "--json", description = "Machine-readable output (one JSON document on standard output).")
    boolean json;

    HaproxyCli client() {
        CliOptions options = CliOptions.defaults()
                .readTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
                .bufferSize(bufferSize);
        return HaproxyCli.of(CliAddress.parse(socket), options);
    }
}
