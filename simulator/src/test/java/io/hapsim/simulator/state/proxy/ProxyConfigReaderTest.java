package io.hapsim.simulator.state.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** What the proxies take from a configuration: kinds, defaults, maxconn and fullconn, addresses, tables. */
class ProxyConfigReaderTest {

    @Test
    void sectionsGiveFrontendsBackendsAndListens() {
        Proxies proxies = Proxies.fromConfig("""
                frontend fe
                backend be
                listen li
                """, () -> 0, 2000);
        assertThat(proxies.all()).extracting(Proxy::name, Proxy::isFrontend, Proxy::isBackend)
                .containsExactly(tuple("fe", true, false),
                        tuple("be", false, true),
                        tuple("li", true, true));
    }

    @Test
    void defaultsReachTheFollowingSectionsAndANewDefaultsSectionStartsOver() {
        Proxies proxies = Proxies.fromConfig("""
                defaults
                    mode http
                    balance leastconn
                    default-server weight 5 check
                backend a
                    server s 127.0.0.1:80
                defaults
                backend b
                    server s 127.0.0.1:80
                """, () -> 0, 2000);
        Proxy a = proxies.backend("a").orElseThrow();
        Proxy b = proxies.backend("b").orElseThrow();
        assertThat(a.mode()).isEqualTo("http");
        assertThat(a.algorithm()).isEqualTo("leastconn");
        assertThat(a.servers().get(0).userWeight()).isEqualTo(5);
        assertThat(a.servers().get(0).health().configured()).isTrue();
        assertThat(b.mode()).isEqualTo("tcp");
        assertThat(b.algorithm()).as("no balance: the version's default applies").isNull();
        assertThat(b.servers().get(0).userWeight()).isEqualTo(1);
    }

    @Test
    void frontendsGetTheGlobalMaxconnAndBackendsATenthOfWhatReachesThem() {
        Proxies proxies = Proxies.fromConfig("""
                frontend fe
                    use_backend api if { path_beg /api }
                    default_backend web
                frontend small
                    maxconn 95
                    default_backend web
                frontend off
                    disabled
                    default_backend web
                backend web
                backend api
                backend alone
                backend fixed
                    fullconn 42
                listen li
                """, () -> 0, 3000);
        assertThat(proxies.frontend("fe").orElseThrow().maxconn()).isEqualTo(3000);
        assertThat(proxies.backend("web").orElseThrow().fullconn()).isEqualTo((3000 + 95 + 9) / 10);
        assertThat(proxies.backend("api").orElseThrow().fullconn()).isEqualTo(300);
        assertThat(proxies.backend("alone").orElseThrow().fullconn()).isEqualTo(1);
        assertThat(proxies.backend("fixed").orElseThrow().fullconn()).isEqualTo(42);
        assertThat(proxies.backend("li").orElseThrow().fullconn()).isEqualTo(300);
        assertThat(proxies.globalMaxconn()).isEqualTo(3000);
    }

    @Test
    void serverAddressesAreKeptAsHaproxyPrintsThem() {
        Proxies proxies = Proxies.fromConfig("""
                backend be
                    server v4 10.0.0.1:8080
                    server v6 [0:0::1]:443
                    server noport 10.0.0.2
                    server sock unix@/run/app.sock
                    server named app.example:80
                """, () -> 0, 2000);
        Proxy be = proxies.backend("be").orElseThrow();
        assertThat(be.servers()).extracting(Server::address, Server::port).containsExactly(
                tuple("10.0.0.1", 8080),
                tuple("::1", 443),
                tuple("10.0.0.2", 0),
                tuple("/run/app.sock", 0),
                tuple("app.example", 80));
        assertThat(be.server("named").orElseThrow().fqdn()).isEqualTo("app.example");
        assertThat(be.server("sock").orElseThrow().unixSocket()).isTrue();
    }

    @Test
    void stickTablesAreListedLastDeclaredFirst() {
        Proxies proxies = Proxies.fromConfig("""
                peers mypeers
                    peer local 127.0.0.1:10000
                    table shared type ip size 2m store gpc0
                backend zz
                    stick-table type ip size 1k
                backend aa
                    stick-table type ipv6 size 200k expire 1m store gpc0,conn_rate(10s)
                backend cc
                    stick-table type string len 32 size 7
                """, () -> 0, 2000);
        assertThat(proxies.tables()).extracting(StickTable::name, StickTable::type, StickTable::size)
                .containsExactly(tuple("cc", "string", 7L),
                        tuple("aa", "ipv6", 204800L),
                        tuple("zz", "ip", 1024L),
                        tuple("mypeers/shared", "ip", 2097152L));
        assertThat(proxies.table("aa").orElseThrow().storedTypes()).containsExactly("gpc0", "conn_rate");
    }
}
