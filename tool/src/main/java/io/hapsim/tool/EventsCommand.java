package io.hapsim.tool;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.events.EventFollower;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hapsim events}: what an event ring holds, and with {@code --follow} what arrives. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Print the events a ring holds (show events RING), one per line.",
            "With --follow: then each event as it arrives, until interrupted, --count events, or HAProxy ends it."},
        footer = {"", "RING: buf0, dpapi (3.2+) or a ring section of the configuration.",
            "With --json: a JSON array, or with --follow one JSON string per line."})
final class EventsCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "RING")
    String ring;

    @Option(names = {"-f", "--follow"}, description = "Go on with the events that arrive (show events RING -w).")
    boolean follow;

    @Option(names = "--new", description = "With --follow: only the events that arrive from now on (-n).")
    boolean onlyNew;

    @Option(names = "--count", paramLabel = "N", description = "With --follow: stop after N events.")
    Integer count;

    @Override
    int run() {
        HaproxyCli cli = socket.client();
        if (!follow) {
            List<String> events = cli.events().list(ring);
            if (socket.json) {
                output.json(events);
            } else {
                events.forEach(output::line);
            }
            return ExitCodes.OK;
        }
        if (count != null && count <= 0) {
            throw new IllegalArgumentException("--count takes a positive number");
        }
        CompletableFuture<Void> enough = new CompletableFuture<>();
        AtomicInteger seen = new AtomicInteger();
        EventFollower follower = cli.events().follow(ring, onlyNew, event -> {
            if (socket.json) {
                output.json(event);
            } else {
                output.line(event);
            }
            if (count != null && seen.incrementAndGet() >= count) {
                enough.complete(null);
            }
        });
        Thread stopOnInterrupt = new Thread(follower::close, "hapsim-events-stop");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try {
            CompletableFuture.anyOf(enough, follower.ended()).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            follower.close();
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
        }
        return ExitCodes.OK;
    }
}
