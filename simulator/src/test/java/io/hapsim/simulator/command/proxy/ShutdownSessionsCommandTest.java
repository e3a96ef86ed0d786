package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code shutdown sessions server}, as HAProxy 2.6 to 3.4 answered it (recorded alike on each). */
class ShutdownSessionsCommandTest {

    @Test
    void aServerThatExistsHasNoSessionToEndAndLookupsFailAsInHaproxy() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.0", "backend be\n    server s1 127.0.0.1:1\n")) {
            assertThat(cli.send("shutdown sessions server be/s1")).isEqualTo("\n");
            assertThat(cli.send("shutdown sessions server be/#1")).isEqualTo("\n");
            assertThat(cli.send("shutdown sessions server be/s9")).isEqualTo("No such server.\n\n");
            assertThat(cli.send("shutdown sessions server nobe/s1")).isEqualTo("No such backend.\n\n");
            assertThat(cli.send("shutdown sessions server be")).isEqualTo("Require 'backend/server'.\n\n");
            assertThat(cli.send("shutdown sessions server")).isEqualTo("Require 'backend/server'.\n\n");
        }
    }
}
