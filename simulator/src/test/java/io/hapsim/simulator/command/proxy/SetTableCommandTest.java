package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code set table} and the entries {@code show/clear table} then see, for the table types and cases the recorded
 * scenario (table-entries.cli) does not cover: what real 2.6, 3.0, 3.2 and 3.4 answered with the same tables.
 */
class SetTableCommandTest {

    private static final String TABLES = """
            backend small
                stick-table type ip size 2 store gpc0
            backend ints
                stick-table type integer size 10 store gpc0
            backend v6
                stick-table type ipv6 size 10 store gpc0
            backend strs
                stick-table type string len 32 size 10 store gpc0
            backend bin
                stick-table type binary len 8 size 10 store gpc0
            backend be
                stick-table type ip size 10 expire 30s store gpc0,conn_cnt,http_req_rate(10s),server_id
            backend noexp
                stick-table type ip size 10 store gpt0,gpc0,gpc1,server_id,conn_cur,conn_rate(5s),bytes_in_cnt
            """;
    private static final String ARRAYS = """
            backend arr
                stick-table type ip size 10 store gpc(2),gpt(2),gpc_rate(3,10s),http_req_cnt,server_id
            """;
    private static final Pattern POINTER = Pattern.compile("^(0x[0-9a-f]+): ", Pattern.MULTILINE);

    @Test
    void integerKeysAreDecimalDigitsIn2xAndAnyTextConvertedFrom30() throws Exception {
        try (ProxyCli cli = ProxyCli.start("2.6", TABLES)) {
            for (String key : new String[] {"abc", "-5", "4294967297"}) {
                assertThat(cli.send("set table ints key " + key)).as(key).isEqualTo("Invalid key\n\n");
            }
            cli.send("set table ints key 12abc");
            cli.send("set table ints key 0x10");
            assertThat(keys(cli.send("show table ints"))).isEqualTo("0 12");
        }
        try (ProxyCli cli = ProxyCli.start("3.0", TABLES)) {
            for (String key : new String[] {"abc", "-5", "4294967297", "12abc", "0x10"}) {
                assertThat(cli.send("set table ints key " + key)).as(key).isEqualTo("\n");
            }
            assertThat(keys(cli.send("show table ints"))).isEqualTo("0 12 4294967291 1");
        }
    }

    @Test
    void integerKeysAreListedInTheOrderOfTheirLittleEndianBytesIn26() throws Exception {
        try (ProxyCli cli = ProxyCli.start("2.6", TABLES)) {
            for (String key : new String[] {"300", "1", "256", "2", "65536", "257"}) {
                cli.send("set table ints key " + key);
            }
            assertThat(keys(cli.send("show table ints"))).isEqualTo("65536 256 1 257 2 300");
        }
    }

    @Test
    void ipKeysAreReadDigitGroupByDigitGroupIn2xAndAsEitherIpVersionFrom30() throws Exception {
        try (ProxyCli cli = ProxyCli.start("2.6", TABLES)) {
            for (String key : new String[] {"10.0.0.256", "abc", "1.2.3", "010.1.1.1", "::1"}) {
                assertThat(cli.send("set table noexp key " + key)).as(key).isEqualTo("\n");
            }
            assertThat(keys(cli.send("show table noexp"))).isEqualTo("0.0.0.0 1.2.3.0 10.0.1.0 10.1.1.1");
            assertThat(cli.send("set table v6 key 1.2.3.4")).isEqualTo("Invalid key\n\n");
            cli.send("set table v6 key 2001:DB8::1");
            assertThat(keys(cli.send("show table v6"))).isEqualTo("2001:db8::1");
        }
        try (ProxyCli cli = ProxyCli.start("3.0", TABLES)) {
            for (String key : new String[] {"10.0.0.256", "abc", "1.2.3", "2001:db8::1"}) {
                assertThat(cli.send("set table noexp key " + key)).as(key).isEqualTo("Invalid key\n\n");
            }
            cli.send("set table noexp key ::1");
            cli.send("set table noexp key ::ffff:1.2.3.4");
            assertThat(cli.send("show table noexp key 0.0.0.1")).contains(" key=0.0.0.1 ");
            assertThat(cli.send("show table noexp key 1.2.3.4")).contains(" key=1.2.3.4 ");
            cli.send("set table v6 key 1.2.3.4");
            assertThat(cli.send("show table v6")).contains(" key=::ffff:1.2.3.4 ");
            assertThat(cli.send("set table v6 key abc")).isEqualTo("Invalid key\n\n");
        }
    }

    @Test
    void stringKeysAreCutToTheirLength() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.4", TABLES)) {
            cli.send("set table strs key abcdefghijklmnopqrstuvwxyz0123456789");
            assertThat(keys(cli.send("show table strs"))).isEqualTo("abcdefghijklmnopqrstuvwxyz012345");
        }
    }

    @Test
    void binaryKeysAreRefusedIn2xAndStoredThenRefusedFrom30() throws Exception {
        String refusal = "Inserting keys into tables of type other than ip, ipv6, string and integer is not supported"
                + "\n\n";
        try (ProxyCli cli = ProxyCli.start("2.6", TABLES)) {
            assertThat(cli.send("set table bin key xyz")).isEqualTo(refusal);
            assertThat(cli.send("show table bin")).isEqualTo("# table: bin, type: binary, size:10, used:0\n\n");
        }
        try (ProxyCli cli = ProxyCli.start("3.0", TABLES)) {
            assertThat(cli.send("set table bin key xyz")).isEqualTo(refusal);
            // 3.0 keeps the reference it took
            assertThat(masked(cli.send("show table bin")))
                    .isEqualTo("# table: bin, type: binary, size:10, used:1\n"
                            + "PTR: key=78797A0000000000 use=1 exp=0 shard=0 gpc0=0\n\n");
        }
        try (ProxyCli cli = ProxyCli.start("3.2", TABLES)) {
            cli.send("set table bin key 0102030405060708090a");
            assertThat(masked(cli.send("show table bin"))).contains("PTR: key=3031303230333034 use=0 exp=0 shard=0");
            assertThat(cli.send("show table bin key 1")).isEqualTo("Showing keys from tables of type other than ip, "
                    + "ipv6, string and integer is not supported\n\n");
        }
    }

    @Test
    void valuesAreStoredAsTheirTypeKeepsThem() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.2", TABLES)) {
            assertThat(cli.send("set table noexp key 2.2.2.2 data.gpc0 3 data.gpt0 7 data.conn_rate 4 "
                    + "data.bytes_in_cnt 99999999999 data.conn_cur -1 data.server_id -1")).isEqualTo("\n");
            assertThat(masked(cli.send("show table noexp key 2.2.2.2")))
                    .isEqualTo("# table: noexp, type: ip, size:10, used:1\n"
                            + "PTR: key=2.2.2.2 use=0 exp=0 shard=0 server_id=-1 gpt0=7 gpc0=3 conn_rate(5000)=4 "
                            + "conn_cur=4294967295 bytes_in_cnt=99999999999 gpc1=0\n\n");
        }
    }

    @Test
    void arrayTypesPrintElementByElementAndAreSetThroughTheirFirst() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.0", ARRAYS)) {
            assertThat(cli.send("set table arr key 1.1.1.1 data.gpc 5")).isEqualTo("\n");
            assertThat(cli.send("set table arr key 1.1.1.1 data.gpc(1) 5")).isEqualTo("Unknown data type\n\n");
            assertThat(cli.send("set table arr key 1.1.1.1 data.gpc1 5"))
                    .isEqualTo("Data type not stored in this table\n\n");
            cli.send("set table arr key 1.1.1.1 data.http_req_cnt 6 data.server_id 3");
            assertThat(masked(cli.send("show table arr")))
                    .isEqualTo("# table: arr, type: ip, size:10, used:1\n"
                            + "PTR: key=1.1.1.1 use=0 exp=0 shard=0 server_id=3 http_req_cnt=6 gpt0=0 gpt1=0 gpc0=5 "
                            + "gpc1=0 gpc0_rate(10000)=0 gpc1_rate(10000)=0 gpc2_rate(10000)=0\n\n");
            assertThat(cli.send("show table arr data.gpc eq 0"))
                    .isEqualTo("# table: arr, type: ip, size:10, used:1\n\n");
            assertThat(cli.send("show table arr data.gpc(0) eq 0"))
                    .isEqualTo("Filter entry #1: Unknown data type\n\n");
        }
    }

    @Test
    void aFullTableDropsTheEntrySetLongestAgo() throws Exception {
        try (ProxyCli cli = ProxyCli.start("2.6", TABLES)) {
            cli.send("set table small key 1.1.1.1");
            cli.send("set table small key 1.1.1.2");
            cli.send("set table small key 1.1.1.3");
            assertThat(keys(cli.send("show table small"))).isEqualTo("1.1.1.2 1.1.1.3");
            cli.send("set table small key 1.1.1.1 data.gpc0 4");
            assertThat(masked(cli.send("show table small"))).isEqualTo("# table: small, type: ip, size:2, used:2\n"
                    + "PTR: key=1.1.1.1 use=0 exp=0 gpc0=4\nPTR: key=1.1.1.3 use=0 exp=0 gpc0=0\n\n");
        }
    }

    @Test
    void entriesCountDownTheirExpiryAndGoAwayAfterIt() throws Exception {
        String table = "backend t\n    stick-table type ip size 10 expire 400ms store gpc0\n";
        try (ProxyCli cli = ProxyCli.start("3.4", table)) {
            cli.send("set table t key 1.1.1.1 data.gpc0 1");
            Matcher left = Pattern.compile(" exp=(\\d+) ").matcher(cli.send("show table t"));
            assertThat(left.find()).isTrue();
            assertThat(Long.parseLong(left.group(1))).isBetween(1L, 400L);
            Thread.sleep(500);
            assertThat(cli.send("show table t")).isEqualTo("# table: t, type: ip, size:10, used:0\n\n");
        }
    }

    @Test
    void pointersNameEntriesFrom30() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.0", TABLES)) {
            cli.send("set table be key 1.2.3.4 data.gpc0 5");
            Matcher pointer = POINTER.matcher(cli.send("show table be"));
            assertThat(pointer.find()).isTrue();
            String ptr = pointer.group(1);
            assertThat(cli.send("set table be ptr " + ptr + " data.gpc0 9")).isEqualTo("\n");
            assertThat(cli.send("show table be ptr " + ptr)).contains(ptr + ": key=1.2.3.4 ").contains(" gpc0=9 ");
            assertThat(cli.send("show table be ptr zz")).isEqualTo("Pointer expected (0xffff notation)\n\n");
            assertThat(cli.send("set table be ptr 0x1234")).isEqualTo("No entry can be found matching ptr.\n\n");
            assertThat(cli.send("clear table be ptr " + ptr)).isEqualTo("\n");
            assertThat(cli.send("show table be")).isEqualTo("# table: be, type: ip, size:10, used:0\n\n");
        }
        try (ProxyCli cli = ProxyCli.start("2.6", TABLES)) {
            assertThat(cli.send("set table be ptr 0x1234"))
                    .isEqualTo("Required arguments: <table> key <key> [data.<store_data_type> <value>]*\n\n");
        }
    }

    @Test
    void entriesAreListedBucketAfterBucketFrom30() throws Exception {
        for (String version : new String[] {"3.0", "3.2", "3.4"}) {
            try (ProxyCli cli = ProxyCli.start(version, TABLES)) {
                for (int i = 4; i <= 7; i++) {
                    cli.send("set table be key 1.2.3." + i);
                }
                assertThat(keys(cli.send("show table be"))).as(version).isEqualTo("1.2.3.6 1.2.3.5 1.2.3.4 1.2.3.7");
            }
        }
    }

    /** The keys of a dump, in its order. */
    private static String keys(String dump) {
        Matcher key = Pattern.compile(" key=(\\S+) ").matcher(dump);
        StringBuilder out = new StringBuilder();
        while (key.find()) {
            out.append(out.length() > 0 ? " " : "").append(key.group(1));
        }
        return out.toString();
    }

    private static String masked(String dump) {
        return POINTER.matcher(dump).replaceAll("PTR: ");
    }
}
