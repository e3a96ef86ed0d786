package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code add server} and {@code del server} where the corpus scenarios (170 to 173) do not go: answers recorded from
 * real HAProxy 2.6, 3.0 and 3.4 on the same configuration, and what the 3.3/3.4 and 2.4 sources say for the
 * profiles without a binary.
 */
class AddServerCommandTest {

    private static final String CONFIG = "defaults\n    mode http\n"
            + "backend be\n    server s1 127.0.0.1:1\n"
            + "backend bs\n    balance source\n    server x1 127.0.0.1:2\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.4"})
    void keywordRefusalsAsRecorded(String version) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, CONFIG)) {
            assertThat(cli.send("add server be/n3 127.0.0.1:9003 wieght 5"))
                    .isEqualTo("unknown keyword 'wieght'; did you mean 'weight' maybe ?\n\n");
            assertThat(cli.send("add server be/n10 127.0.0.1:9010 no-check"))
                    .isEqualTo("'no-check' option is not accepted for dynamic server\n\n");
            assertThat(cli.send("add server be/n12 127.0.0.1:99999")).isEqualTo("invalid port '99999'\n\n");
            assertThat(cli.send("add server be/n5 127.0.0.1:9005 maxconn -1")).isEqualTo("New server registered.\n\n");
            assertThat(cli.send("add server be/n1 127.0.0.1:9001 id 5")).isEqualTo("New server registered.\n\n");
            assertThat(cli.send("add server be/n2 127.0.0.1:9002 id 5"))
                    .isEqualTo("'id' : custom id 5 already used at (null):0 ('server n1').\n\n");
            assertThat(cli.send("add server be/s1 127.0.0.1:1")).isEqualTo(
                    "Already exists a server with the same name in backend.\n\n");
        }
    }

    @Test
    void versionsDifferInWhatTheyAcceptAndSay() throws Exception {
        try (ProxyCli v26 = ProxyCli.start("2.6", CONFIG); ProxyCli v30 = ProxyCli.start("3.0", CONFIG);
                ProxyCli v34 = ProxyCli.start("3.4", CONFIG)) {
            assertThat(v26.send("add server be/n9 127.0.0.1:9009 cookie abc"))
                    .isEqualTo("'cookie' option is not accepted for dynamic server\n\n");
            assertThat(v30.send("add server be/n9 127.0.0.1:9009 cookie abc")).isEqualTo("New server registered.\n\n");
            assertThat(v26.send("add server be/n9 127.0.0.1:9009 enabled")).isEqualTo("New server registered.\n\n");
            assertThat(v30.send("add server be/n8 127.0.0.1:9008 enabled"))
                    .isEqualTo("'enabled' option is not accepted for dynamic server\n\n");
            assertThat(v30.send("add server be/n7 127.0.0.1:9007 id 0"))
                    .isEqualTo("'id' : custom id has to be > 0.\n\n");
            assertThat(v34.send("add server be/n7 127.0.0.1:9007 id abc"))
                    .isEqualTo("'id' : custom id has to be between 1 and 4294967295..\n\n");
            assertThat(v26.send("add server bs/n1 127.0.0.1:9001"))
                    .isEqualTo("Backend must use a dynamic load balancing to support dynamic servers.\n");
            assertThat(v34.send("add server bs/n1 127.0.0.1:9001")).isEqualTo(
                    "Backend does not support dynamic servers : backend 'bs' uses a non dynamic load balancing method.\n\n");
        }
    }

    @Test
    void from33ATakenNameIsRefusedBeforeTheKeywordsAndNotLogged() throws Exception {
        try (ProxyCli v30 = ProxyCli.start("3.0", CONFIG); ProxyCli v34 = ProxyCli.start("3.4", CONFIG)) {
            assertThat(v30.send("add server be/s1 127.0.0.1:1 bogus")).isEqualTo("unknown keyword 'bogus'.\n\n");
            assertThat(v34.send("add server be/s1 127.0.0.1:1 bogus"))
                    .isEqualTo("Already exists a server with the same name in backend.\n\n");
            v30.send("add server be/s1 127.0.0.1:1");
            assertThat(logged(v30)).contains(
                    "[ALERT] : CLI : 'server be/s1' : Already exists a server with the same name in backend.\n");
            assertThat(logged(v34)).noneMatch(line -> line.contains("Already exists"));
        }
    }

    @Test
    void aRefusedLookupLeavesTheCliLabelOnWhatTheConnectionLogsNextUntilAnAddAnswers() throws Exception {
        try (ProxyCli v30 = ProxyCli.start("3.0", CONFIG); ProxyCli v26 = ProxyCli.start("2.6", CONFIG)) {
            v30.send("add server nope/n1 127.0.0.1:1;disable server be/s1;add server be/n1 127.0.0.1:1;"
                    + "enable server be/s1");
            assertThat(logged(v30)).containsExactly(
                    "[WARNING] : CLI : Server be/s1 is going DOWN for maintenance. 0 active and 0 backup servers"
                            + " left. 0 sessions active, 0 requeued, 0 remaining in queue.\n",
                    "[ALERT] : CLI : backend 'be' has no server available!\n",
                    "[NOTICE] : CLI : 'server be/n1' : New server registered.\n",
                    "[WARNING] : Server be/s1 is UP/READY (leaving forced maintenance).\n");
            // 2.6 never takes the label off: another connection has its own
            v26.send("add server be/n1 127.0.0.1:1;enable server be/n1");
            v26.send("disable server be/n1");
            assertThat(logged(v26)).containsExactly(
                    "[NOTICE] : CLI : 'server be/n1' : New server registered.\n",
                    "[WARNING] : CLI : Server be/n1 is UP/READY (leaving forced maintenance).\n",
                    "[WARNING] : Server be/n1 is going DOWN for maintenance. 1 active and 0 backup servers left."
                            + " 0 sessions active, 0 requeued, 0 remaining in queue.\n");
        }
    }

    @Test
    void on24AddAndDelNeedExperimentalModeAndOnlyAddedServersGo() throws Exception {
        try (ProxyCli cli = ProxyCli.start("2.4", CONFIG)) {
            assertThat(cli.send("add server be/n1 127.0.0.1:9001"))
                    .isEqualTo("This command is restricted to experimental mode only.\n\n");
            assertThat(cli.send("experimental-mode on;add server be/n1 127.0.0.1:9001;set server be/s1 state maint;"
                    + "del server be/s1;set server be/n1 state ready;del server be/n1;set server be/n1 state maint;"
                    + "del server be/n1")).isEqualTo("\nNew server registered.\n\n\n"
                            + "Only servers added at runtime via <add server> CLI cmd can be deleted.\n\n"
                            + "Only servers in maintenance mode can be deleted.\n\nServer deleted.\n");
        }
    }

    @Test
    void aDisabledServerOfTheConfigurationKeepsItsCheckPausedAfterReady() throws Exception {
        // recorded on 3.0: a "disabled" line pauses even an unconfigured check (8), and "ready" does not resume it
        String config = "backend be\n    server s2 127.0.0.1:2 disabled\n    server s3 127.0.0.1:3 disabled check\n";
        try (ProxyCli cli = ProxyCli.start("3.0", config)) {
            assertThat(serverStates(cli)).containsExactly("0 5 1 1 <t> 1 0 0 8", "0 5 1 1 <t> 1 0 0 14");
            cli.send("set server be/s2 state ready");
            assertThat(serverStates(cli)).containsExactly("2 4 1 1 <t> 1 0 0 8", "0 5 1 1 <t> 1 0 0 14");
        }
    }

    /** Op state to check state of each server line of "show servers state", its age masked. */
    private static List<String> serverStates(ProxyCli cli) {
        return cli.send("show servers state be").lines().filter(line -> line.startsWith("2 be ")).map(line -> {
            String[] fields = line.split(" ");
            fields[9] = "<t>";
            return String.join(" ", List.of(fields).subList(5, 14));
        }).toList();
    }

    /** The log without pids. */
    private static List<String> logged(ProxyCli cli) {
        return cli.log().stream().map(line -> line.replaceFirst(" +\\(\\d+\\)", "")).toList();
    }
}
