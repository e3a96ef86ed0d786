package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What HAProxy 3.4.7 logged for the backend commands (measured with this configuration): the answers are in the
 * recordings (backends.cli), the notices only on standard error, where "del backend" lacks the CLI context.
 */
class BackendCommandsLogTest {

    private static final String PROXIES = """
            defaults d1
                mode tcp
                timeout client 5s
                timeout server 5s
                timeout connect 5s
            backend b1
                server s1 127.0.0.1:18209
            """;

    @Test
    void noticesOfAddPublishUnpublishAndDelete() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.4", PROXIES)) {
            assertThat(cli.send("add backend nb from d1")).isEqualTo("New backend registered.\n\n");
            assertThat(cli.send("publish backend nb")).isEqualTo("Backend published.\n\n");
            assertThat(cli.send("unpublish backend nb")).isEqualTo("Backend unpublished.\n\n");
            assertThat(cli.send("del backend nb")).isEqualTo("Backend deleted.\n\n");
            assertThat(cli.send("unpublish backend nb")).isEqualTo("No such backend.\n\n");

            assertThat(cli.log().stream().map(line -> line.replaceFirst("\\(\\d+\\)", "(PID)"))
                    .filter(line -> line.contains("ackend")).toList()).containsExactly(
                    "[NOTICE]   (PID) : CLI : New backend registered.\n",
                    "[NOTICE]   (PID) : CLI : Backend published.\n",
                    "[NOTICE]   (PID) : CLI : Backend unpublished.\n",
                    "[NOTICE]   (PID) : Backend deleted.\n");
        }
    }
}
