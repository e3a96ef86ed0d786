package io.hapsim.simulator.command.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.CorpusFolder;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the "Map/ACL commands", "Versioning" and "Generation-aware set/del" blocks of the spec's test vectors
 * (recorded on x.y.0 builds) in order, reading them from the corpus's {@code test-vectors.md}. The configuration of
 * those recordings is rebuilt in a temporary folder standing for {@code /etc/haproxy}. Skipped when the spec is
 * not present.
 */
class SpecTestVectorsTest {

    private static final Path SPEC = CorpusFolder.root().resolve("test-vectors.md");
    private static final String ETC = "/etc/haproxy";
    private static final Map<String, String> RELEASES = Map.of("2.4.0", "2.4", "2.6.0", "2.6", "2.8.0", "2.8.0",
            "2.8.14", "2.8", "3.0.0", "3.0", "3.2.0", "3.2");
    /**
     * Answers that changed in the later release a profile imitates, as measured on that real binary (real HAProxy
     * wins over the recording): 3.2.26 names the ACL in del acl's unknown-reference message.
     */
    private static final Map<String, String> LATER_RELEASE_ANSWERS = Map.of(
            "3.2.0 del acl unknown", "Unknown ACL identifier. Please use #<id> or <file>.\n\n");

    @TempDir
    Path tmp;

    record Vector(String name, String sent, Map<String, String> answers) {
    }

    @Test
    void mapAclCommandsThenVersioning() throws IOException {
        List<Vector> vectors = new ArrayList<>(block("## Map/ACL commands"));
        vectors.addAll(block("## Versioning"));
        for (String release : RELEASES.keySet()) {
            replay(release, vectors);
        }
    }

    @Test
    void generationAwareSetAndDel() throws IOException {
        List<Vector> vectors = block("## Generation-aware set/del");
        replay("3.0.0", vectors);
        replay("3.2.0", vectors);
    }

    private void replay(String release, List<Vector> vectors) throws IOException {
        VersionProfile profile = VersionProfiles.get(RELEASES.get(release));
        Path etc = Files.createTempDirectory(tmp, "etc");
        // the recordings come from x.y.0 builds without SSL: two internal HTTP-client ACLs from 2.6 on
        MapCli cli = new MapCli(profile, store(etc, profile, release.equals("2.4.0") ? 0 : 2));
        int compared = 0;
        for (Vector v : vectors) {
            String expected = LATER_RELEASE_ANSWERS.getOrDefault(release + " " + v.name(), v.answers().get(release));
            if (expected == null) {
                continue;
            }
            compared++;
            String answer = cli.execute(AccessLevel.ADMIN, v.sent().replace(ETC, etc.toString())) + "\n";
            String normalized = answer.replace(etc.toString(), ETC).replaceAll("\\b0x[0-9a-f]{6,16}\\b", "0x<ptr>");
            if (expected.endsWith("...(truncated)")) {
                String prefix = expected.substring(0, expected.length() - "...(truncated)".length());
                assertThat(normalized).as("%s %s", release, v.name()).startsWith(prefix);
            } else {
                assertThat(normalized).as("%s %s", release, v.name()).isEqualTo(expected);
            }
        }
        assertThat(compared).as("vectors compared for %s", release).isGreaterThanOrEqualTo(12);
    }

    /** The recordings' configuration, with the map folder under {@code etc} and the same line numbers. */
    private static PatternStore store(Path etc, VersionProfile profile, int httpClientAcls) throws IOException {
        Path maps = Files.createDirectories(etc.resolve("maps"));
        write(maps.resolve("str.map"), "example.com be1\nfoo.org be2\n# comment\n\nbar.net   be3 with spaces\n");
        write(maps.resolve("beg.map"), "/api api\n/static static\n");
        write(maps.resolve("ip.map"), "10.0.0.0/8 internal\n192.168.1.1 host\n");
        write(maps.resolve("reg.map"), "^/a.*b$ regexp1\n");
        write(maps.resolve("int.map"), "1 one\n100 hundred\n");
        write(maps.resolve("dom.map"), ".example.com dom1\n");
        write(maps.resolve("empty.map"), "");
        write(maps.resolve("ua.acl"), "badbot\ncurl\n");
        write(maps.resolve("ip.acl"), "10.1.0.0/16\n");
        String m = maps.toString();
        String cfg = String.join("\n",
                "global",
                "    stats socket /run/haproxy/admin.sock level admin",
                "    stats socket /run/haproxy/oper.sock level operator",
                "    stats socket /run/haproxy/user.sock level user",
                "    stats socket ipv4@127.0.0.1:19999 level admin",
                "    nbthread 1",
                "",
                "defaults",
                "    mode http",
                "    timeout client 5s",
                "    timeout server 5s",
                "    timeout connect 5s",
                "",
                "frontend fe_main",
                "    bind 127.0.0.1:18080",
                "    http-request set-var(txn.a) req.hdr(host),map_str(" + m + "/str.map)",
                "    http-request set-var(txn.b) path,map_beg(" + m + "/beg.map)",
                "    http-request set-var(txn.c) src,map_ip(" + m + "/ip.map)",
                "    http-request set-var(txn.d) path,map_reg(" + m + "/reg.map)",
                "    http-request set-var(txn.e) req.hdr(x-int),map_int(" + m + "/int.map)",
                "    http-request set-var(txn.f) req.hdr(host),map_dom(" + m + "/dom.map)",
                "    http-request set-var(txn.g) req.hdr(host),map_str(" + m + "/empty.map)",
                "    acl bad_ua req.hdr(user-agent) -i -m sub -f " + m + "/ua.acl",
                "    acl internal src -f " + m + "/ip.acl",
                "    acl inline_acl path_beg /admin /private",
                "    stick-table type ip size 100 expire 30s store http_req_rate(10s),conn_cnt",
                "    http-request track-sc0 src",
                "    default_backend be_app",
                "",
                "backend be_app",
                "    balance roundrobin",
                "    server s1 127.0.0.1:18081 check disabled",
                "    server s2 127.0.0.1:18082 weight 50",
                "");
        Path config = etc.resolve("haproxy.cfg");
        write(config, cfg);
        return PatternStore.builder(profile).config(config).configName(ETC + "/haproxy.cfg")
                .httpClientAcls(httpClientAcls).build();
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ------------------------------------------------------------------ reading the spec

    private static final Pattern SENT = Pattern.compile("^sent: `(.*)`$");
    private static final Pattern ANSWER = Pattern.compile("^- ([0-9., ]+): `(.*)`  — .*$");

    private static List<Vector> block(String heading) throws IOException {
        CorpusFolder.require(SPEC);
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(heading)) {
            i++;
        }
        assertThat(i).as(heading).isLessThan(lines.size());
        List<Vector> out = new ArrayList<>();
        String name = null;
        String sent = null;
        Map<String, String> answers = new LinkedHashMap<>();
        for (i = i + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String l = lines.get(i);
            if (l.startsWith("### ")) {
                if (name != null) {
                    out.add(new Vector(name, sent, answers));
                }
                name = l.substring(4);
                sent = null;
                answers = new LinkedHashMap<>();
                continue;
            }
            Matcher s = SENT.matcher(l);
            if (s.matches()) {
                sent = pythonString(s.group(1));
                continue;
            }
            Matcher a = ANSWER.matcher(l);
            if (a.matches()) {
                String answer = pythonString(a.group(2));
                for (String release : a.group(1).split(", ")) {
                    answers.put(release.trim(), answer);
                }
            }
        }
        if (name != null) {
            out.add(new Vector(name, sent, answers));
        }
        return out;
    }

    /** A Python string literal (repr) as the spec prints them. */
    static String pythonString(String literal) {
        // long answers are cut by the spec, closing quote included: "...(truncated)
        boolean cut = literal.endsWith("...(truncated)");
        String body = literal.substring(1, cut ? literal.length() : literal.length() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'x' -> {
                    b.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
