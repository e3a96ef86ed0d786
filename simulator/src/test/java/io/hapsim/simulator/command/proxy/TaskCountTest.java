package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code show info}'s {@code Tasks} of an idle process, as real HAProxy 2.6.12, 3.0.11 and 3.4.7 counted them for
 * these configurations with 1, 2 and 4 threads (measured on 2026-12-06).
 */
class TaskCountTest {

    private static final String PROXIES = """
            defaults
                mode http
                timeout client 5s
                timeout server 5s
                timeout connect 1s
            frontend fe
                bind 127.0.0.1:18191
                default_backend be
            backend be
                server s1 127.0.0.1:18192
            """;
    private static final String MORE = """
                server s2 127.0.0.1:18193 check
            frontend fe2
                bind 127.0.0.1:18194
                bind 127.0.0.1:18195
            backend be2
                server s3 127.0.0.1:18196
            """;

    @ParameterizedTest(name = "{0}, {1} threads, more proxies: {2} -> {3}")
    @CsvSource({
        "2.6, 1, false, 11", "2.6, 1, true, 14", "2.6, 2, false, 13", "2.6, 4, false, 17", "2.6, 4, true, 20",
        "3.0, 1, false, 13", "3.0, 2, true, 18", "3.0, 4, false, 19",
        "3.2, 2, false, 15", "3.2, 4, true, 22",
        "3.4, 1, false, 76", "3.4, 1, true, 78", "3.4, 2, false, 78", "3.4, 4, true, 84"})
    void tasksAreCountedAsTheRealBinaryCountedThem(String version, int threads, boolean more, int tasks)
            throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, "    nbthread " + threads + "\n" + PROXIES + (more ? MORE : ""))) {
            assertThat(cli.send("show info").lines().filter(line -> line.startsWith("Tasks: ")))
                    .containsExactly("Tasks: " + tasks);
        }
    }
}
