package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.state.Host;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What show info says about the process and the CLI's own traffic (ShowInfoLiveTest compares it with real
 * HAProxy on this host).
 */
class ShowInfoTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private static Map<String, String> showInfo(Simulator haproxy) throws Exception {
        try (RawClient client = RawClient.connect(haproxy)) {
            client.send("show info\n").shutdownOutput();
            Map<String, String> fields = new LinkedHashMap<>();
            client.finish(WAIT).received().lines().filter(line -> line.contains(": ")).forEach(line ->
                    fields.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2)));
            return fields;
        }
    }

    @Test
    void theConfigurationShapesTheProcess() throws Exception {
        String config = String.join("\n", "global",
                "    stats socket " + folder.resolve("admin.sock") + " level admin",
                "    nbthread 3",
                "    maxconn 100",
                "    node edge-7",
                "    stats maxconn 20",
                "frontend web",
                "    bind :8080,:8443-8444",
                "");
        try (Simulator haproxy = Simulator.builder().version("3.0").config(config).start()) {
            Map<String, String> info = showInfo(haproxy);
            assertThat(info).containsEntry("Nbthread", "3").containsEntry("node", "edge-7")
                    .containsEntry("Listeners", "4").containsEntry("Maxconn", "100")
                    .containsEntry("Hard_maxconn", "100")
                    .as("10 reserved + 4 listeners + 20 CLI + 2 per connection + 3 per thread")
                    .containsEntry("Maxsock", "243").containsEntry("Ulimit-n", "243");
        }
    }

    @Test
    void withoutSettingsTheHostDecides() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("2.6").start()) {
            Map<String, String> info = showInfo(haproxy);
            assertThat(info).containsEntry("Nbthread", Integer.toString(Math.min(Host.processors(), 64)))
                    .containsEntry("node", Host.name());
        }
    }

    @Test
    void theClisOwnConnectionsAreCounted() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.2").start()) {
            Map<String, String> first = showInfo(haproxy);
            assertThat(first).containsEntry("CumConns", "1").containsEntry("CumReq", "1")
                    .containsEntry("CumStreams", "1").containsEntry("CurrStreams", "1")
                    .containsEntry("CurrConns", "0").containsEntry("Listeners", "1")
                    .as("the listener, this connection, and 3.x's background job").containsEntry("Jobs", "3")
                    .containsEntry("TotalBytesOut", "0");
            assertThat(Long.parseLong(first.get("BootTime_ms"))).isPositive();

            try (RawClient held = RawClient.connect(haproxy)) {
                held.send("prompt\n");
                Map<String, String> during = showInfo(haproxy);
                assertThat(during).containsEntry("CumConns", "3").containsEntry("CurrStreams", "2")
                        .containsEntry("Jobs", "4");
                assertThat(Long.parseLong(during.get("TotalBytesOut"))).as("the first answer, and maybe a prompt")
                        .isGreaterThan(1000);
            }
        }
    }

    private static String ask(Simulator haproxy, String command) throws Exception {
        try (RawClient client = RawClient.connect(haproxy)) {
            client.send(command + "\n").shutdownOutput();
            return client.finish(WAIT).received();
        }
    }

    @Test
    void typedNumbersEachFieldByItsPlaceInTheVersionsTable() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.0").start()) {
            String typed = ask(haproxy, "show info typed");
            assertThat(typed)
                    .startsWith("0.Name.1:POS:str:HAProxy\n1.Version.1:POS:str:" + haproxy.profile().version())
                    .contains("\n44.CompressBpsRateLim.1:CLP:u32:0\n47.Tasks.1:MGP:u32:")
                    .contains("\n54.Unstoppable Jobs.1:MGP:u32:0\n").endsWith("\n\n");
        }
    }

    @Test
    void from33TypedTagsSayTheFieldIsVolatile() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.3").start()) {
            assertThat(ask(haproxy, "show info json typed")).startsWith("0.Name.1:POSV:str:HAProxy\n")
                    .as("the last format word wins").contains("\n80.PatternsFreed.1:MGPV:u64:");
        }
    }
}
