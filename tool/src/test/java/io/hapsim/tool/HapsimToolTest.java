package io.hapsim.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.client.testing.Generated;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import io.hapsim.conformance.tls.TestCertificates;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.master.MasterWorker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool end to end against the simulator: output, --json, exit codes, the #2658 demo. */
class HapsimToolTest {

    @TempDir
    Path tmp;

    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;
    private final InputStream realIn = System.in;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void capture() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.ISO_8859_1));
        System.setErr(new PrintStream(err, true, StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
        System.setIn(realIn);
    }

    private Run run(String... args) {
        out.reset();
        err.reset();
        int code = HapsimTool.execute(args);
        return new Run(code, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void cliRunsOneCommandOrSeveralOnEveryVersion() {
        for (String v : new String[] {"2.6", "3.0", "3.2"}) {
            try (Instance haproxy = Instances.simulator(v)) {
                String socket = haproxy.admin().toString();
                Run info = run("cli", "-s", socket, "show info");
                assertThat(info.code()).isZero();
                assertThat(info.out()).startsWith("Name: HAProxy\nVersion: ");
                // several commands: a session, so 3.0+ run them all (socat would run only the first)
                Run many = run("cli", "-s", socket, "show cli level", "prepare map " + haproxy.bulkMap(),
                        "show cli level");
                assertThat(many.out()).isEqualTo("admin\n\nNew version created: 1\n\nadmin\n\n");
                Run json = run("cli", "--json", "-s", haproxy.tcp().toString(), "show cli level");
                assertThat(json.out()).contains("\"results\":[{\"command\":\"show cli level\",\"answer\":\"admin\\n\"}]")
                        .contains("\"version\":\"" + v);
                System.setIn(new ByteArrayInputStream(("show cli level\nadd map " + haproxy.bulkMap()
                        + " <<\ns1 v1\ns2 v2\n\nshow map " + haproxy.bulkMap() + "\n").getBytes()));
                Run stdin = run("cli", "-s", socket);
                assertThat(stdin.out()).startsWith("admin\n\n\n").contains(" s1 v1\n").contains(" s2 v2\n");
            }
        }
    }

    /** Through a master socket: a route to the worker, and a reload that says how it went. */
    @Test
    void commandsGoThroughAMasterSocketAndReloadReports(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hosts.map"), "a.example be_a\n");
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "frontend fe\n    mode http\n    bind unix@" + dir.resolve("fe.sock") + "\n"
                + "    http-request set-var(txn.be) req.hdr(host),map(" + dir.resolve("hosts.map") + ",none)\n";
        try (MasterWorker haproxy = MasterWorker.builder().version("3.2").config(config)
                .masterSocket(dir.resolve("master.sock")).log(line -> { }).start()) {
            String master = haproxy.masterSocket().toString();
            long former = haproxy.workerPid();
            assertThat(run("cli", "-s", master, "--route", "@1", "show info").out()).contains("Pid: " + former + "\n");
            assertThat(run("map", "add", "-s", master, "--route", "@1", dir.resolve("hosts.map").toString(),
                    "b.example", "be_b").code()).isZero();

            Run reload = run("reload", "-s", master, "--json");
            assertThat(reload.code()).isZero();
            assertThat(reload.out()).contains("\"success\":true", "\"newWorkerPid\":" + haproxy.workerPid())
                    .contains("Loading success.");
            assertThat(haproxy.workerPid()).isNotEqualTo(former);
            assertThat(run("map", "show", "-s", master, "--route", "@1", dir.resolve("hosts.map").toString()).out())
                    .as("the reload brought the map back from its file").contains("a.example")
                    .doesNotContain("b.example");
        }
    }

    @Test
    void mapReplaceShowGetAddDelSync() throws Exception {
        try (Instance haproxy = Instances.simulator("3.0")) {
            String socket = haproxy.admin().toString();
            String map = haproxy.stringMap();
            Path file = Generated.file(tmp, "t", 3000);
            Run replace = run("map", "replace", "-s", socket, map, file.toString());
            assertThat(replace.code()).isZero();
            assertThat(replace.out()).startsWith("committed " + map + " version 1: 3,000 entries");
            assertThat(replace.err()).as("no progress bar when not a terminal").isEmpty();
            Run json = run("map", "replace", "--json", "--strategy", "prompt-session", "-s", socket, map,
                    file.toString());
            assertThat(json.out()).contains("\"committed\":true").contains("\"version\":2")
                    .contains("\"entries\":3000").contains("\"strategy\":\"prompt-session\"");
            Run progress = run("map", "replace", "--progress", "-s", socket, map, file.toString());
            assertThat(progress.err()).contains("entries/s").contains("100%");
            Run show = run("map", "show", "-s", socket, map);
            assertThat(show.out()).startsWith("t0 v;#\\ 0\nt1 v1\n");
            assertThat(show.out().lines().count()).isEqualTo(3000);
            Run list = run("map", "show", "--json", "-s", socket);
            assertThat(list.out()).contains("\"file\":\"" + map + "\"").contains("\"currentVersion\":3");
            assertThat(run("map", "get", "-s", socket, map, "t5").out()).isEqualTo("v5\n");
            assertThat(run("map", "get", "-s", socket, map, "nope").code()).isEqualTo(ExitCodes.HAPROXY_ERROR);
            assertThat(run("map", "add", "-s", socket, map, "new key?", "v").code()).isEqualTo(ExitCodes.INPUT);
            assertThat(run("map", "add", "-s", socket, map, "k;1", "a b").code()).isZero();
            assertThat(run("map", "get", "-s", socket, map, "k;1").out()).isEqualTo("a b\n");
            assertThat(run("map", "del", "-s", socket, map, "k;1").code()).isZero();
            Run missing = run("map", "del", "--json", "-s", socket, map, "k;1");
            assertThat(missing.code()).isEqualTo(ExitCodes.HAPROXY_ERROR);
            assertThat(missing.out()).contains("\"kind\":\"KEY_NOT_FOUND\"");
            Path desired = tmp.resolve("desired.map");
            Files.writeString(desired, Files.readString(file, StandardCharsets.ISO_8859_1) + "extra x\n");
            Run sync = run("map", "sync", "-s", socket, map, desired.toString());
            assertThat(sync.out()).startsWith("synced " + map + " by diff: 1 added, 0 updated, 0 deleted");
        }
    }

    @Test
    void exitCodesTellWhatWentWrong() throws Exception {
        try (Instance haproxy = Instances.simulator("3.2")) {
            String socket = haproxy.admin().toString();
            Run unknown = run("map", "show", "-s", socket, "/no/such.map");
            assertThat(unknown.code()).isEqualTo(ExitCodes.HAPROXY_ERROR);
            assertThat(unknown.err()).contains("Unknown map identifier");
            Path bad = tmp.resolve("bad.map");
            Files.writeString(bad, "ok 1\nbad-line-without-value\n");
            Run notCommitted = run("map", "replace", "--json", "-s", socket, haproxy.stringMap(), bad.toString());
            assertThat(notCommitted.code()).isEqualTo(ExitCodes.NOT_COMMITTED);
            assertThat(notCommitted.out()).contains("\"committed\":false").contains("\"line\":2");
            assertThat(notCommitted.err()).contains("line 2");
        }
        assertThat(run("cli", "-s", tmp.resolve("nobody.sock").toString(), "show info").code())
                .isEqualTo(ExitCodes.CONNECTION);
        assertThat(run("map", "replace", "-s", "x.sock").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--help").out()).contains("Exit codes:").contains("serve").contains("cli").contains("demo");
        Run serveHelp = run("serve", "--help");
        assertThat(serveHelp.code()).isZero();
        assertThat(serveHelp.out()).startsWith("Usage: hapsim serve [OPTION]...\n").contains("--version VERSION")
                .contains("--nonint-close real|never|after=N");
        Run badServe = run("serve", "--version", "9.9");
        assertThat(badServe.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badServe.err()).startsWith("hapsim serve: invalid value for --version: ")
                .endsWith("Try 'hapsim serve --help'.\n");
        assertThat(run("serve", "--sockets", "x").err()).startsWith("hapsim serve: unknown option '--sockets'");
    }

    @Test
    void serveRefusesAConfigurationAsHaproxyDoes() throws Exception {
        Path config = tmp.resolve("bad.cfg");
        Files.writeString(config, "global\n    stats socket " + tmp.resolve("a.sock") + " user nosuchuser\n"
                + "    stats socket ipv4@127.0.0.1:0\n");

        Run serve = run("serve", "--config", config.toString());

        assertThat(serve.code()).isEqualTo(ExitCodes.HAPROXY_ERROR);
        String alert = "[ALERT]    (" + ProcessHandle.current().pid() + ") : config : ";
        String where = "parsing [" + config + ":";
        assertThat(serve.err()).isEqualTo(alert + where + "2] : 'stats socket' : ''user' : unknown user name"
                + " 'nosuchuser''\n"
                + alert + where + "3] : " + where + "3] : 'stats socket' : invalid port '0'\n\n"
                + alert + "Error(s) found in configuration file : " + config + "\n"
                + alert + "Fatal errors found in configuration.\n");
        assertThat(tmp.resolve("a.sock")).doesNotExist();
    }

    @Test
    void eventsListsARingThenFollowsIt() throws Exception {
        String config = "global\n    stats socket " + tmp.resolve("admin.sock") + " level admin\nring r1\n";
        try (Simulator sim = Simulator.builder().version("3.2").config(config).log(line -> { }).start()) {
            String socket = tmp.resolve("admin.sock").toString();
            sim.state().publishEvent("r1", "a");
            sim.state().publishEvent("r1", "b");
            assertThat(run("events", "-s", socket, "r1")).isEqualTo(new Run(0, "a\nb\n", ""));
            assertThat(run("events", "--json", "-s", socket, "r1").out()).isEqualTo("[\"a\",\"b\"]\n");

            // before the following starts, or while it goes on: either way it is the third event
            CompletableFuture<Void> third = CompletableFuture.runAsync(() -> sim.state().publishEvent("r1", "c"),
                    CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));
            assertThat(run("events", "-s", socket, "r1", "--follow", "--count", "3"))
                    .isEqualTo(new Run(0, "a\nb\nc\n", ""));
            third.join();

            Run unknown = run("events", "-s", socket, "nope");
            assertThat(unknown.code()).isEqualTo(ExitCodes.HAPROXY_ERROR);
            assertThat(unknown.err()).contains("No such event sink");
        }
    }

    @Test
    void certReplaceCommitsTheWholeChainAndRefusesAPemWithoutKey() throws Exception {
        TestCertificates certs = TestCertificates.in(tmp.resolve("pki"));
        certs.leaf("site", "ec", "/CN=site.example", "100", null);
        Path site = certs.write("site.pem", certs.joined("site.crt", "site.key", "ca.pem"));
        certs.leaf("next", "ec", "/CN=next.example", "4097", null);
        Path next = certs.write("next.pem", certs.joined("next.crt", "next.key") + "\n" + certs.joined("ca.pem"));
        Path keyless = certs.write("keyless.pem", certs.joined("next.crt", "ca.pem"));
        String config = "global\n    stats socket " + tmp.resolve("admin.sock") + " level admin\n"
                + "frontend fe\n    bind unix@" + tmp.resolve("fe.sock") + " ssl crt " + site + "\n";
        try (Simulator sim = Simulator.builder().version("3.0").config(config).log(line -> { }).start()) {
            String socket = tmp.resolve("admin.sock").toString();

            assertThat(run("cert", "replace", "-s", socket, site.toString(), next.toString())).isEqualTo(new Run(0,
                    "committed " + site + ": serial 1001, 1 chain certificate(s), 1 instance(s) rebuilt\n", ""));
            assertThat(run("cert", "list", "-s", socket)).isEqualTo(new Run(0, site + "\n", ""));
            Path aboutSite = tmp.resolve("site.ocsp");
            Files.write(aboutSite, Base64.getDecoder().decode(certs.ocspResponse(List.of("site.crt"),
                    List.of("site.crt"))));
            assertThat(run("cert", "replace", "-s", socket, "--ocsp", aboutSite.toString(), site.toString(),
                    next.toString())).isEqualTo(new Run(0, "committed " + site + ": serial 1001, 1 chain"
                            + " certificate(s), 1 instance(s) rebuilt\nwarning: Loading: OCSP single response:"
                            + " Certificate ID does not match certificate and issuer. Content will be ignored.\n", ""));

            Run refused = run("cert", "replace", "-s", socket, "--json", site.toString(), keyless.toString());
            assertThat(refused.code()).isEqualTo(ExitCodes.INPUT);
            assertThat(refused.err()).contains("no private key in the PEM");
            Run unknown = run("cert", "replace", "-s", socket, "--json", tmp.resolve("nope.pem").toString(),
                    next.toString());
            assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_COMMITTED);
            assertThat(unknown.out()).contains("\"phase\":\"upload\"", "\"kind\":\"UNKNOWN_CERTIFICATE\"");
        }
    }

    @Test
    void demoReproducesIssue2658AndTheFix() {
        Run demo = run("demo");
        assertThat(demo.code()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out())
                .contains("2.8, naive upload:").contains("version 1 holds 20000 of 20000 entries: complete")
                .contains("3.0, naive upload:").containsAnyOf("Broken pipe", "Connection reset")
                .contains("version 1 holds 100 of 20000 entries: ONLY 100 APPLIED, 19900 LOST")
                .contains("committed version 1: 20000 entries, verified");
        Run json = run("demo", "--json", "--chunks", "20", "--entries", "50");
        assertThat(json.out()).contains("\"asExpected\":true").contains("\"entriesApplied\":50");
    }
}
