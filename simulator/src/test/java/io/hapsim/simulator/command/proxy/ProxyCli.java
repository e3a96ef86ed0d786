package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A simulator for command tests: the given proxy sections behind admin, operator and user sockets; each command
 * on a fresh connection, its whole answer returned.
 */
final class ProxyCli implements AutoCloseable {

    private final Path dir;
    private final Simulator simulator;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private ProxyCli(String version, String proxies) throws IOException {
        this.dir = Files.createTempDirectory("hapsim-proxy-cli-");
        String config = "global\n"
                + "    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "    stats socket " + dir.resolve("operator.sock") + " level operator\n"
                + "    stats socket " + dir.resolve("user.sock") + " level user\n"
                + proxies;
        this.simulator = Simulator.builder().version(version).config(config).log(log::add).start();
    }

    static ProxyCli start(String version, String proxies) {
        try {
            return new ProxyCli(version, proxies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String send(String line) {
        return send("admin", line);
    }

    String send(String level, String line) {
        try (RawClient client = RawClient.unix(dir.resolve(level + ".sock"))) {
            client.send(line + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the process logged on its standard error. */
    List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() throws IOException {
        simulator.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
