package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What HAProxy 3.4.7 logged for a wait whose duration has text after its unit (the answer is in wait.cli). */
class WaitLogTest {

    @Test
    void textAfterTheUnitIsIgnoredWithAWarning() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.4", "backend be\n    server s1 127.0.0.1:1\n")) {
            assertThat(cli.send("wait 1s5 srv-removable be/#1"))
                    .isEqualTo("Failed. Only servers in maintenance mode can be deleted.\n\n");

            assertThat(cli.log().stream().map(line -> line.replaceFirst("\\(\\d+\\)", "(PID)")).toList())
                    .contains("[WARNING]  (PID) : unexpected character '5' after the timer value '1s5', only "
                            + "(us=microseconds,ms=milliseconds,s=seconds,m=minutes,h=hours,d=days) are supported."
                            + " This will be reported as an error in next versions.\n");
        }
    }
}
