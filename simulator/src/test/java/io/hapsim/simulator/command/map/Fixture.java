package io.hapsim.simulator.command.map;

import io.hapsim.simulator.CorpusFolder;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The conformance corpus' instance: its {@code fixture/haproxy.cfg.template} rendered into a folder together with
 * the fixture's map and ACL files.
 */
final class Fixture {

    private static final List<String> FILES = List.of("a.map", "allow.acl", "b.map", "ip.map");

    private Fixture() {
    }

    /** Writes the instance into {@code dir} and returns its configuration file. */
    static Path write(Path dir) throws IOException {
        Path fixture = CorpusFolder.require(CorpusFolder.root().resolve("fixture"));
        for (String file : FILES) {
            Files.copy(fixture.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        String template = Files.readString(fixture.resolve("haproxy.cfg.template"), StandardCharsets.ISO_8859_1);
        String cfg = template.replace("{DIR}", dir.toString()).replace("{PORT}", "19999")
                .replace("{STATS_TIMEOUT}", "10s").replace("{BUFSIZE_LINE}", "");
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, cfg, StandardCharsets.ISO_8859_1);
        return config;
    }

    /** The store of a fresh instance. */
    static PatternStore store(Path dir, VersionProfile profile) throws IOException {
        return PatternStore.builder(profile).config(write(dir)).build();
    }
}
