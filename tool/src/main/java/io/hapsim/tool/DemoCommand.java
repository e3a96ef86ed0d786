package io.hapsim.tool;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.MapEntry;
import io.hapsim.client.map.ReplaceOptions;
import io.hapsim.client.map.ReplaceResult;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.NonInteractiveClose;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hapsim demo}: haproxy#2658 in one command. Starts simulated HAProxy 2.8 and 3.0, runs the naive
 * socat-style upload (one non-interactive connection carrying many {@code add map @1 <map> <<} payload blocks)
 * against both: 2.8 applies every block (when each arrives before the previous one ends, which hapsim makes
 * certain here), 3.0 applies the first one and the client gets "Broken pipe". Then {@code
 * map replace} does the same upload on 3.0 and succeeds.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Reproduce haproxy#2658 in one command, on simulated HAProxy 2.8 and 3.0,",
            "then show 'map replace' doing it right on 3.0."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--chunks", defaultValue = "200", description = "Payload blocks (default: ${DEFAULT-VALUE}).")
    int chunks;

    @Option(names = "--entries", defaultValue = "100", description = "Entries per block (default: ${DEFAULT-VALUE}).")
    int perChunk;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    Output output = Output.system();

    /** What the naive upload did on one version. */
    record NaiveRun(String version, long bytesWritten, long bytesTotal, String writeError, long applied) {
        boolean broken() {
            return writeError != null || applied != 0 && applied < 0;
        }
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("hapsim-demo-");
        try {
            Path map = dir.resolve("bulk.map");
            Files.writeString(map, "");
            long total = (long) chunks * perChunk;
            say("haproxy#2658: " + chunks + " payload blocks of " + perChunk + " entries (" + total
                    + " entries) sent the socat way: one non-interactive connection, 'add map @1 " + "<map> <<' per block.");
            say("");
            List<NaiveRun> runs = new ArrayList<>();
            for (String version : List.of("2.8", "3.0")) {
                try (Simulator haproxy = start(version, dir, map)) {
                    runs.add(naive(version, haproxy, map.toString(), total));
                }
            }
            ReplaceResult fixed;
            try (Simulator haproxy = start("3.0", dir, map)) {
                HaproxyCli cli = HaproxyCli.of(CliAddress.unix(haproxy.unixSocket()));
                say("3.0, with 'hapsim map replace' (same " + total + " entries):");
                fixed = cli.maps().replace(map.toString(), entries(total), ReplaceOptions.defaults());
                long live = cli.maps().checksum(map.toString(), java.util.OptionalLong.empty()).entries();
                say(String.format("  committed version %d: %d entries, verified (checksum %s), strategy %s",
                        fixed.version(), live, fixed.checksum(), fixed.strategy()));
                if (live != total) {
                    return ExitCodes.DEMO_MISMATCH;
                }
            }
            NaiveRun v28 = runs.get(0);
            NaiveRun v30 = runs.get(1);
            boolean asExpected = v28.writeError() == null && v28.applied() == total
                    && (chunks == 1 || v30.applied() == perChunk);
            say("");
            say(asExpected
                    ? "As in haproxy#2658: 2.8 took every block; 3.0 ran the first block only and closed the connection"
                    + (v30.writeError() != null ? " (the following writes failed: " + v30.writeError() + ")"
                            : " (the rest still fit in the socket buffers, so no write error: silently lost)")
                    + ". 'map replace' uses one connection per block on 3.0 (a prompt session on 3.2) and verifies "
                    + "before committing."
                    : "Unexpected: the simulated versions did not behave as in haproxy#2658.");
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                List<Object> naive = new ArrayList<>();
                for (NaiveRun r : runs) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("version", r.version());
                    m.put("bytesWritten", r.bytesWritten());
                    m.put("bytesTotal", r.bytesTotal());
                    m.put("writeError", r.writeError());
                    m.put("entriesApplied", r.applied());
                    m.put("entriesSent", total);
                    naive.add(m);
                }
                doc.put("naive", naive);
                doc.put("replace", MapReplaceCommand.describe(fixed));
                doc.put("asExpected", asExpected);
                output.json(doc);
            }
            return asExpected ? ExitCodes.OK : ExitCodes.DEMO_MISMATCH;
        } finally {
            deleteTree(dir);
        }
    }

    private void say(String text) {
        if (json) {
            output.message(text);
        } else {
            output.line(text);
        }
    }

    private static Simulator start(String version, Path dir, Path map) {
        Path socket = dir.resolve("haproxy-" + version + ".sock");
        String config = String.join("\n",
                "global",
                "    stats socket " + socket + " level admin",
                "frontend fe",
                "    bind 127.0.0.1:8080",
                "    http-request set-var(txn.bulk) req.hdr(x-k),map(" + map + ",none)",
                "");
        return Simulator.builder().version(version).config(config).log(line -> { }).start();
    }

    /** The naive upload: prepare, then all blocks on ONE non-interactive connection, then count version 1. */
    private NaiveRun naive(String version, Simulator haproxy, String map, long total) {
        Path socket = haproxy.unixSocket();
        HaproxyCli cli = HaproxyCli.of(CliAddress.unix(socket));
        say(version + ", naive upload:");
        long prepared = cli.maps().prepare(map);
        // 2.x runs the next block only if it is already buffered when one ends: a race that real 2.x also loses
        // at times; the demo shows the outcome those scripts relied on
        haproxy.nonInteractiveCloseOfNextConnection(NonInteractiveClose.never());
        byte[] traffic = traffic(map, prepared);
        long written = 0;
        String error = null;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Thread reader = new Thread(() -> drain(channel), "demo-reader");
            reader.setDaemon(true);
            reader.start();
            int blockSize = traffic.length / chunks;
            ByteBuffer buf = ByteBuffer.wrap(traffic);
            while (buf.hasRemaining()) {
                ByteBuffer slice = buf.slice();
                slice.limit(Math.min(slice.remaining(), blockSize));
                int n = channel.write(slice);
                buf.position(buf.position() + n);
                written += n;
            }
            channel.shutdownOutput();
            reader.join(10_000);
        } catch (IOException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long applied = cli.maps().checksum(map, prepared).entries();
        say(String.format("  wrote %d of %d bytes%s", written, traffic.length,
                error == null ? ", no error" : ", then the write failed: " + error));
        say(String.format("  version %d holds %d of %d entries: %s", prepared, applied, total,
                applied == total ? "complete" : "ONLY " + applied + " APPLIED, " + (total - applied) + " LOST"));
        return new NaiveRun(version, written, traffic.length, error, applied);
    }

    private byte[] traffic(String map, long version) {
        StringBuilder b = new StringBuilder();
        long i = 0;
        for (int c = 0; c < chunks; c++) {
            b.append("add map @").append(version).append(' ').append(map).append(" <<\n");
            for (int e = 0; e < perChunk; e++, i++) {
                b.append("key").append(i).append(" value").append(i).append('\n');
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static java.util.Iterator<MapEntry> entries(long total) {
        return Stream.iterate(0L, i -> i < total, i -> i + 1)
                .map(i -> new MapEntry("key" + i, "value" + i)).iterator();
    }

    private static void drain(SocketChannel channel) {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        try {
            while (channel.read(buf) >= 0) {
                buf.clear();
            }
        } catch (IOException ignored) {
            // the server closed or reset: that is the point
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
