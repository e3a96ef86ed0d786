package io.hapsim.benchmarks.measure;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.journal.JournalSettings;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The heap a simulator's journal holds after many commands, with its default limits (or {@code verbatim}: payloads,
 * whole answers and received bytes kept). One prompt session sends N commands: one in twenty an {@code add map}
 * with a 10-line payload, one in twenty a {@code clear map} (the map stays small), the others
 * {@code show cli level}; the heap in use after full GCs is read before, at
 * every tenth of the commands and at the end. A bounded journal levels off; prints one {@code RESULT} line.
 * {@code java -jar benchmarks.jar journal [COMMANDS] [default|verbatim]}
 */
public final class JournalFootprint {

    private JournalFootprint() {
    }

    public static void main(String[] args) throws Exception {
        long commands = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        boolean verbatim = args.length > 1 && args[1].equals("verbatim");
        JournalSettings settings = verbatim ? JournalSettings.defaults().keepingEverything()
                : JournalSettings.defaults();
        Path map = Files.createTempFile("hb-journal-", ".map");
        try (Simulator haproxy = Simulator.builder().version("3.2").config("global\n    stats timeout 10m\n")
                .map(map, "str").journal(settings).start()) {
            long before = MemoryFootprint.usedHeap();
            long peakAfterFirstTenth = 0;
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(haproxy.unixSocket()));
                CompletableFuture<Long> drained = CompletableFuture.supplyAsync(() -> drain(channel));
                // the channel itself, not its streams: those share one lock, and the reader would hold it
                send(channel, "prompt\n");
                String payload = "add map " + map + " <<\n" + "k v\n".repeat(10) + "\n";
                String clear = "clear map " + map + "\n";
                long tenth = Math.max(1, commands / 10);
                for (long i = 1; i <= commands; i++) {
                    // the map is cleared as often as filled: only the journal may grow
                    send(channel, i % 20 == 10 ? payload : i % 20 == 0 ? clear : "show cli level\n");
                    if (i % tenth == 0) {
                        awaitTaken(haproxy, i + 1);
                        long used = MemoryFootprint.usedHeap() - before;
                        System.out.printf(Locale.ROOT, "%,d commands: journal %.1f MiB (%,d kept, %,d dropped)%n",
                                i, used / 1048576.0, haproxy.journal().commands().size(),
                                haproxy.journal().dropped());
                        if (i > tenth) {
                            peakAfterFirstTenth = Math.max(peakAfterFirstTenth, used);
                        }
                    }
                }
                send(channel, "quit\n");
                drained.join();
            }
            long after = MemoryFootprint.usedHeap() - before;
            System.out.printf(Locale.ROOT, "RESULT journal=%s commands=%d heapMiB=%.1f peakMiB=%.1f kept=%d"
                    + " dropped=%d method=retained-heap%n", verbatim ? "verbatim" : "default", commands,
                    after / 1048576.0, peakAfterFirstTenth / 1048576.0, haproxy.journal().commands().size(),
                    haproxy.journal().dropped());
        } finally {
            Files.deleteIfExists(map);
        }
    }

    /** Waits until the simulator took {@code count} commands (the session's {@code prompt} included). */
    private static void awaitTaken(Simulator haproxy, long count) throws InterruptedException {
        if (haproxy.journal().commandsSince(count - 1, Duration.ofMinutes(5)).isEmpty()) {
            throw new IllegalStateException("the simulator did not take " + count + " commands in 5 minutes");
        }
    }

    private static void send(SocketChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static long drain(SocketChannel channel) {
        long total = 0;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try {
            for (int n = channel.read(buffer); n >= 0; n = channel.read(buffer.clear())) {
                total += n;
            }
        } catch (IOException e) {
            return total; // the session ends with quit
        }
        return total;
    }
}
