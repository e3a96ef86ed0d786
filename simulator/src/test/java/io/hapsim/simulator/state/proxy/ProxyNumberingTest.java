package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proxy and server ids as real HAProxy 2.6/3.0/3.2 numbered these configurations: a cursor starting after one
 * internal proxy (servers: at 1) that moves past every element, forced ids included.
 */
class ProxyNumberingTest {

    @ParameterizedTest(name = "backend {0} -> frontend {1}, backend {2}, next backend {3}")
    @CsvSource({"'', 2, 3, 4", "id 1, 2, 1, 4", "id 7, 2, 7, 4", "id 2, 3, 2, 5"})
    void proxies(String backendId, int frontend, int backend, int next) {
        Proxies proxies = Proxies.fromConfig("""
                frontend fe
                    default_backend be
                backend be
                    %s
                backend be_x
                """.formatted(backendId), () -> 0, 2000);
        assertThat(proxies.all()).extracting(Proxy::id).containsExactly(frontend, backend, next);
    }

    @ParameterizedTest(name = "frontend {0} -> frontend {1}, backend {2}")
    @CsvSource({"id 1, 1, 3", "id 3, 3, 4"})
    void forcedFrontendIds(String frontendId, int frontend, int backend) {
        Proxies proxies = Proxies.fromConfig("""
                frontend fe
                    %s
                backend be
                """.formatted(frontendId), () -> 0, 2000);
        assertThat(proxies.all()).extracting(Proxy::id).containsExactly(frontend, backend);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            s2 id 1          | 2, 1, 4
            s2 id 7          | 1, 7, 3
            s1 id 3          | 3, 2, 4
            """)
    void servers(String forced, String expected) {
        String[] parts = forced.split(" ", 2);
        StringBuilder backend = new StringBuilder("backend be\n");
        for (String name : List.of("s1", "s2", "s3")) {
            backend.append("    server ").append(name).append(" 127.0.0.1:80")
                    .append(name.equals(parts[0]) ? " " + parts[1] : "").append('\n');
        }
        Proxies proxies = Proxies.fromConfig(backend.toString(), () -> 0, 2000);
        assertThat(proxies.all().get(0).servers()).extracting(Server::id)
                .containsExactly(List.of(expected.split(", ")).stream().map(Integer::valueOf).toArray(Integer[]::new));
    }

    @Test
    void disabledProxiesKeepTheirNumberTheirServersGetNone() {
        Proxies proxies = Proxies.fromConfig("""
                frontend fe
                frontend fe_off
                    disabled
                backend be
                backend be_off
                    disabled
                    server o1 127.0.0.1:80
                """, () -> 0, 2000);
        Proxy off = proxies.backend("be_off").orElseThrow();
        assertThat(off.id()).isEqualTo(5);
        assertThat(off.servers().get(0).id()).isZero();
    }
}
