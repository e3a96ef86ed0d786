package io.hapsim.tool;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliSession;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.LoadStrategy;
import io.hapsim.client.map.MapEntry;
import io.hapsim.client.map.ReplaceOptions;
import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The training run behind the standalone jar's JDK class-data cache ({@code scripts/aot-cache}): starts
 * {@code hapsim serve} as the launcher does, then plays what users do first and most (one-shot commands, listings,
 * payloads, the reference client's bulk loads on 2.x, 3.0 and 3.2 framing), and exits. The JVM records the classes
 * it loaded and linked, and the methods it found hot, so that a later {@code serve} starts with them.
 */
public final class AotTraining {

    private static final int ENTRIES = 300_000;

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hapsim-aot-training-");
        Path config = dir.resolve("haproxy.cfg");
        Path socket = dir.resolve("admin.sock");
        Path map = Files.writeString(dir.resolve("hosts.map"), "example.com be_example\n");
        Files.writeString(config, String.join("\n",
                "global",
                "    stats socket " + socket + " level admin",
                "    stats socket ipv4@127.0.0.1:" + freePort() + " level admin",
                "    stats timeout 10s",
                "defaults",
                "    mode http",
                "    timeout client 30s",
                "frontend www",
                "    bind 127.0.0.1:8080",
                "    http-request set-var(txn.backend) req.hdr(host),lower,map_str(" + map + ",default)",
                "    default_backend app",
                "backend app",
                "    server app1 127.0.0.1:8081 check",
                ""));
        Thread serve = new Thread(() -> HapsimTool.execute("serve", "-f", config.toString()), "serve");
        serve.setDaemon(true);
        serve.start();
        awaitSocket(socket);

        play(HaproxyCli.of(CliAddress.unix(socket)), map.toString(), LoadStrategy.connectionPerChunk(1));
        HapsimTool.execute("cli", "-s", socket.toString(), "show info");
        for (String version : List.of("2.6", "3.2")) {
            try (Simulator simulator = Simulator.builder().version(version).map(map, "str").log(line -> { })
                    .start()) {
                HaproxyCli cli = HaproxyCli.of(CliAddress.unix(simulator.unixSocket()));
                play(cli, map.toString(), version.equals("3.2") ? LoadStrategy.interactiveSession()
                        : LoadStrategy.promptSession());
            }
        }
        System.exit(0);
    }

    /** The commands users send first, then a bulk load with {@code strategy}. */
    private static void play(HaproxyCli cli, String map, LoadStrategy strategy) throws Exception {
        for (String command : List.of("show info", "show cli level", "help", "show map", "show map " + map,
                "get map " + map + " example.com", "add map " + map + " a.example be_a", "del map " + map
                        + " a.example", "show stat", "show servers state", "show acl", "show version")) {
            cli.execute(command);
        }
        cli.execute("add map " + map + " <<", "b.example be_b\nc.example be_c\n");
        try (CliSession session = cli.openSession()) {
            session.execute("show cli level");
            session.execute("show info");
        }
        rawPipelined(cli, "show cli level;show cli level\n");
        cli.maps().replace(map, entries(), ReplaceOptions.defaults().strategy(strategy));
        cli.maps().replace(map, entries(), ReplaceOptions.defaults().strategy(LoadStrategy.connectionPerChunk(2)));
    }

    private static Iterator<MapEntry> entries() {
        return LongStream.range(0, ENTRIES).mapToObj(i -> new MapEntry("key" + i, "value" + i)).iterator();
    }

    private static void rawPipelined(HaproxyCli cli, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(cli.address().path()));
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
            ByteBuffer answer = ByteBuffer.allocate(4096);
            while (channel.read(answer.clear()) >= 0) {
                // drain
            }
        }
    }

    private static void awaitSocket(Path socket) throws InterruptedException {
        for (int i = 0; i < 3000 && !Files.exists(socket); i++) {
            Thread.sleep(5);
        }
        if (!Files.exists(socket)) {
            throw new IllegalStateException("hapsim serve did not open " + socket);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
