package io.hapsim.benchmarks.soak;

import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long run against one embedded simulator, to catch what only shows over time: memory that grows with every
 * connection, descriptors or threads that leak, an event loop that a slow client stalls. After a warm-up (the
 * load's own traffic, enough to fill the command journal to its bound), it measures the process (heap after a full GC, RSS, open
 * descriptors, threads, and the latency of a probe client), then at once: holds 1,000 interactive connections,
 * churns 100,000 short ones, runs 200 interactive sessions that add and delete map entries, and streams a large
 * {@code show map} to a reader that barely reads; then closes everything and measures again. It fails (exit 1)
 * when the heap after GC grew by more than {@code --heap-bound} MiB, or descriptors or threads did not come back.
 *
 * <pre>
 * java -jar benchmarks.jar soak [--version 3.0] [--held 1000] [--churns 100000] [--sessions 200] [--updates 50]
 *                               [--slow-map 200000] [--heap-bound 4] [--out docs/benchmarks]
 * </pre>
 */
public final class SoakRun {

    private static final String PROBE = "show info\n";

    private final Options options;
    private final Path dir;
    private Path socket;

    private SoakRun(Options options, Path dir) {
        this.options = options;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path dir = Files.createTempDirectory("hapsim-soak-");
        SoakResult result = new SoakRun(options, dir).run();
        String report = result.markdown();
        System.out.print(report);
        if (options.out() != null) {
            Files.createDirectories(options.out());
            Files.writeString(options.out().resolve("soak.md"), report);
        }
        if (!result.verdicts().isEmpty()) {
            result.verdicts().forEach(v -> System.err.println("soak: FAILED: " + v));
            System.exit(1);
        }
    }

    private SoakResult run() throws Exception {
        Path updates = Files.writeString(dir.resolve("updates.map"), "");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < options.slowMapEntries(); i++) {
            big.append("slow.key.").append(i).append(" backend_").append(i % 97).append('\n');
        }
        Path slow = Files.writeString(dir.resolve("slow.map"), big);
        String config = String.join("\n", "global",
                "    stats socket " + dir.resolve("admin.sock") + " level admin",
                "frontend web",
                "    bind 127.0.0.1:8080",
                "    http-request set-header X-A %[req.hdr(host),map(" + updates + ")]",
                "    http-request set-header X-B %[req.hdr(host),map(" + slow + ")]",
                "");
        try (Simulator simulator = Simulator.builder().version(options.version()).config(config).log(line -> { })
                .start()) {
            socket = simulator.unixSocket();
            long warmUp = System.nanoTime();
            // the same traffic as the load, past the journal's 10,000 commands: the journal's bound and the
            // buffer pools' high-water mark (as many connections at once as the load) are reached before the first
            // measure, which then sees only what would keep growing
            churn(5_000, 2);
            sessions(options.sessions(), options.updates(), updates);
            holdAndRelease(options.held());
            ProcessSnapshot before = ProcessSnapshot.take(probeLatencies(200));
            long load = System.nanoTime();
            LoadFigures during = load(updates, slow);
            long loadNanos = System.nanoTime() - load;
            Thread.sleep(500); // the server's side of the last closes
            ProcessSnapshot after = ProcessSnapshot.take(probeLatencies(200));
            String leftOver = oneShot("show map " + updates + "\n");
            return new SoakResult(options, before, after, during, loadNanos, load - warmUp,
                    leftOver.equals("\n") ? null : "the update map is not empty after the run: "
                            + leftOver.lines().count() + " lines");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Everything at once; returns what the probe and the clients saw meanwhile. */
    private LoadFigures load(Path updates, Path slow) throws Exception {
        List<SocketChannel> held = new ArrayList<>();
        for (int i = 0; i < options.held(); i++) {
            held.add(promptSession());
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong slowBytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> slowReader = pool.submit(() -> slowReader(slow, running, slowBytes));
            Future<?> churns = pool.submit(() -> churn(options.churns(), 2));
            Future<?> sessions = pool.submit(() -> sessions(options.sessions(), options.updates(), updates));
            List<Long> probe = new ArrayList<>();
            while (!churns.isDone() || !sessions.isDone()) {
                probe.addAll(probeLatencies(1));
                Thread.sleep(20);
            }
            churns.get();
            sessions.get();
            running.set(false);
            slowReader.get();
            return new LoadFigures(probe, slowBytes.get());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            for (SocketChannel channel : held) {
                channel.close();
            }
        }
    }

    private void holdAndRelease(int count) throws IOException {
        List<SocketChannel> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(promptSession());
            }
        } finally {
            for (SocketChannel channel : held) {
                channel.close();
            }
        }
    }

    /** {@code count} connections, each one command and the client's end, on {@code threads} threads. */
    private Void churn(int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = count / threads + (t < count % threads ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        oneShot(i % 2 == 0 ? "show cli level\n" : "show version\n");
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            return null;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * {@code count} interactive sessions open at once, each adding {@code updates} entries of its own and deleting
     * them again, the sessions taking turns; the map ends as it began.
     */
    private Void sessions(int count, int updates, Path map) throws Exception {
        List<SocketChannel> open = new ArrayList<>();
        try {
            for (int s = 0; s < count; s++) {
                open.add(promptSession());
            }
            for (String verb : List.of("add", "del")) {
                for (int u = 0; u < updates; u++) {
                    for (int s = 0; s < count; s++) {
                        String key = "s" + s + ".u" + u;
                        command(open.get(s), verb + " map " + map + " " + key + (verb.equals("add") ? " v" + u : "")
                                + "\n");
                    }
                }
            }
            for (SocketChannel session : open) {
                session.write(ascii("quit\n"));
            }
            return null;
        } finally {
            for (SocketChannel session : open) {
                session.close();
            }
        }
    }

    /** Streams {@code show map} of the big map, reading 4 kB every 50 ms, until the load is over. */
    private Void slowReader(Path map, AtomicBoolean running, AtomicLong bytes) throws IOException, InterruptedException {
        try (SocketChannel channel = connect()) {
            channel.write(ascii("show map " + map + "\n"));
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (running.get()) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    break;
                }
                bytes.addAndGet(n);
                Thread.sleep(50);
            }
        }
        return null;
    }

    private List<Long> probeLatencies(int count) throws IOException {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            oneShot(PROBE);
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private SocketChannel promptSession() throws IOException {
        SocketChannel channel = connect();
        channel.write(ascii("prompt\n"));
        readUntilPrompt(channel);
        return channel;
    }

    private static void command(SocketChannel session, String command) throws IOException {
        session.write(ascii(command));
        readUntilPrompt(session);
    }

    /** Reads until the answer ends with the prompt {@code "> "}. */
    private static void readUntilPrompt(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (true) {
            if (channel.read(buffer) < 0) {
                throw new IOException("the session closed while an answer was expected");
            }
            int end = buffer.position();
            if (end >= 2 && buffer.get(end - 2) == '>' && buffer.get(end - 1) == ' ') {
                return;
            }
            if (!buffer.hasRemaining()) {
                buffer.clear();
            }
        }
    }

    private String oneShot(String command) throws IOException {
        try (SocketChannel channel = connect()) {
            channel.write(ascii(command));
            channel.shutdownOutput();
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.ISO_8859_1.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    private SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** What the load phase measured from the outside. */
    record LoadFigures(List<Long> probeNanos, long slowReaderBytes) {
    }

    record Options(String version, int held, int churns, int sessions, int updates, int slowMapEntries,
            int heapBoundMiB, Path out) {

        static Options parse(String[] args) {
            String version = "3.0";
            int held = 1000;
            int churns = 100_000;
            int sessions = 200;
            int updates = 50;
            int slowMap = 200_000;
            int heapBound = 4;
            Path out = null;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("soak: " + args[i] + " expects a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--version" -> version = value;
                    case "--held" -> held = Integer.parseInt(value);
                    case "--churns" -> churns = Integer.parseInt(value);
                    case "--sessions" -> sessions = Integer.parseInt(value);
                    case "--updates" -> updates = Integer.parseInt(value);
                    case "--slow-map" -> slowMap = Integer.parseInt(value);
                    case "--heap-bound" -> heapBound = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "soak: unknown option %s (see the class documentation)", args[i]));
                }
            }
            return new Options(version, held, churns, sessions, updates, slowMap, heapBound, out);
        }
    }
}
