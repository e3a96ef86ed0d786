package io.hapsim.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded configuration {@code hapsim serve} uses when given none: unpacked with its example maps into a
 * fresh folder, so that {@code show map} has something to show.
 */
final class DefaultConfig {

    private static final String RESOURCES = "/io/hapsim/tool/default/";
    private static final List<String> MAP_FILES = List.of("hosts.map", "networks.map", "blocklist.acl");

    private DefaultConfig() {
    }

    /** Writes the configuration and its maps into a new temporary folder; returns the configuration file. */
    static Path unpack() throws IOException {
        Path dir = Files.createTempDirectory("hapsim-default-");
        dir.toFile().deleteOnExit();
        for (String name : MAP_FILES) {
            Path file = dir.resolve(name);
            Files.write(file, resource(name));
            file.toFile().deleteOnExit();
        }
        String config = new String(resource("haproxy.cfg"), StandardCharsets.ISO_8859_1)
                .replace("{DIR}", dir.toString());
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.ISO_8859_1);
        file.toFile().deleteOnExit();
        return file;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DefaultConfig.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing embedded resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        }
    }
}
