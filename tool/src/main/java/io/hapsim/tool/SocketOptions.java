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

    @Option(names = "--route", paramLabel = "ROUTE", description = "SOCKET is a master socket (haproxy -W -S):"
            + " reach this process through it: @1 (the current worker), @!PID, @master.")
    String route;

    @Option(names = "--busy-patience", paramLabel = "SECONDS", defaultValue = "0",
            description = "With --route: how long to try again when the master takes no connection (all its slots"
                    + " held, haproxy#3351; default: ${DEFAULT-VALUE}).")
    double busyPatienceSeconds;

    CliOptions options() {
        return CliOptions.defaults()
                .readTimeout(seconds(timeoutSeconds))
                .bufferSize(bufferSize)
                .busyPatience(seconds(busyPatienceSeconds));
    }

    HaproxyCli client() {
        CliAddress address = CliAddress.parse(socket);
        return route == null ? HaproxyCli.of(address, options()) : HaproxyCli.routed(address, route, options());
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis((long) (value * 1000));
    }
}
