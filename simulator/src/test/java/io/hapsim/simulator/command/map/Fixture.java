package io.hapsim.simulator.command.map;

import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The conformance corpus' instance: {@code shared/conformance/fixture/haproxy.cfg.template} rendered into a
 * folder together with its map and ACL files. The files are embedded here (identical copies) so that the tests
 * do not depend on the shared folder.
 */
final class Fixture {

    static final String TEMPLATE = String.join("\n",
            "global",
            "    stats socket {DIR}/admin.sock level admin",
            "    stats socket {DIR}/oper.sock level operator",
            "    stats socket {DIR}/user.sock level user",
            "    stats socket ipv4@127.0.0.1:{PORT} level admin",
            "    stats timeout {STATS_TIMEOUT}",
            "{BUFSIZE_LINE}",
            "defaults",
            "    mode http",
            "    timeout connect 1s",
            "    timeout client 5s",
            "    timeout server 5s",
            "",
            "frontend fe",
            "    bind unix@{DIR}/fe.sock",
            "    acl allowed src -f {DIR}/allow.acl",
            "    http-request set-var(txn.host_be) req.hdr(host),lower,map({DIR}/a.map,none)",
            "    http-request set-var(txn.net) src,map_ip({DIR}/ip.map,unknown)",
            "    http-request set-var(txn.bulk) req.hdr(x-k),map({DIR}/b.map,none)",
            "    http-request deny unless allowed",
            "    default_backend be",
            "",
            "backend be",
            "    server s1 127.0.0.1:1",
            "    server s2 127.0.0.1:2",
            "");

    private Fixture() {
    }

    /** Writes the instance into {@code dir} and returns its configuration file. */
    static Path write(Path dir) throws IOException {
        write(dir.resolve("a.map"), "example.com be_example\nfoo.local be_foo\nbar.local be_bar\n");
        write(dir.resolve("allow.acl"), "127.0.0.1\n10.0.0.0/8\n");
        write(dir.resolve("b.map"), "");
        write(dir.resolve("ip.map"), "10.0.0.0/8 lan\n192.168.1.0/24 office\n127.0.0.1 local\n");
        String cfg = TEMPLATE.replace("{DIR}", dir.toString()).replace("{PORT}", "19999")
                .replace("{STATS_TIMEOUT}", "10s").replace("{BUFSIZE_LINE}", "");
        Path config = dir.resolve("haproxy.cfg");
        write(config, cfg);
        return config;
    }

    /** The store of a fresh instance. */
    static PatternStore store(Path dir, VersionProfile profile) throws IOException {
        return PatternStore.builder(profile).config(write(dir)).build();
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
