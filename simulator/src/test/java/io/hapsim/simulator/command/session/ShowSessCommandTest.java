package io.hapsim.simulator.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show sess} and {@code shutdown session}, as real 2.6, 3.0, 3.2 and 3.4 answered them on a process whose
 * only streams were CLI connections: the line of a stream idle since it opened, of one idle after an answer and of
 * the asking one (pointer and descriptor matched loosely, timeouts within the second), the errors, the levels, and
 * the connection closed.
 */
class ShowSessCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String TIMEOUT = "(?:1h|59m59s)";

    @TempDir
    Path dir;

    /** What a line starts with, pointer to age (the listener and epoch given). */
    private static String head(int listener, String epoch) {
        return "0x[0-9a-f]+: proto=unix_stream src=unix:" + listener + " fe=GLOBAL be=<NONE> srv=<none> ts=00 epoch=" + epoch
                + " age=0s calls=1 rate=0 cpu=0 lat=0 ";
    }

    @Test
    void linesOf26() throws Exception {
        String connectors = "scf=\\[8,%sh,fd=\\d+\\] scb=\\[8,1h,fd=-1\\] exp=%s rc=0 c_exp=\n";
        assertListing("2.6",
                head(1, "0") + "rq\\[f=808000h,i=0,an=00h,rx=" + TIMEOUT + ",wx=,ax=\\] rp\\[f=80008000h,i=0,an=00h,"
                        + "rx=,wx=,ax=\\] " + connectors.formatted("0", TIMEOUT),
                head(1, "0") + "rq\\[f=c48202h,i=0,an=00h,rx=" + TIMEOUT + ",wx=,ax=\\] rp\\[f=80048202h,i=0,an=00h,"
                        + "rx=,wx=,ax=\\] " + connectors.formatted("0", TIMEOUT),
                head(2, "0") + "rq\\[f=c08000h,i=0,an=00h,rx=,wx=,ax=\\] rp\\[f=80008002h,i=0,an=00h,rx=,wx=,ax=\\] "
                        + connectors.formatted("200", ""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3.0", "3.2", "3.4"})
    void linesFrom30(String version) throws Exception {
        String asking = version.equals("3.0") ? "848000" : "10848100";
        String answered = version.equals("3.0") ? "848000" : "10848000";
        assertListing(version,
                head(1, "0") + channels("808000", "80008000") + connectors(TIMEOUT),
                head(1, "0") + channels(answered, "80048101") + connectors(TIMEOUT),
                head(2, "0") + channels(asking, "80008000") + connectors(TIMEOUT));
    }

    private static String channels(String request, String response) {
        return "rq\\[f=" + request + "h,i=0,an=00h,ax=\\] rp\\[f=" + response + "h,i=0,an=00h,ax=\\] ";
    }

    private static String connectors(String timeout) {
        return "scf=\\[8,0h,fd=\\d+,rex=" + timeout + ",wex=\\] scb=\\[8,1h,fd=-1,rex=,wex=\\] exp=" + timeout
                + " rc=0 c_exp=\n";
    }

    /**
     * Holds one connection idle and one that answered {@code prompt} on the first socket, then lists from a third on
     * the second socket: the three lines in that order; the epoch moves on with each listing.
     */
    private void assertListing(String version, String idle, String answered, String asking) throws Exception {
        try (Simulator sim = start(version); RawClient quiet = client("admin"); RawClient prompted = client("admin")) {
            prompted.send("prompt\n");
            assertThat(prompted.awaitText("> ", WAIT)).isEqualTo("\n> ");
            String listing = send("oper", "show sess");
            assertThat(listing).matches("(?s)" + idle + answered + asking + "\n");
            assertThat(pointers(listing)).doesNotHaveDuplicates();
            assertThat(send("admin", "show sess")).contains(" epoch=0x1 ").contains(" epoch=0 ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void shutdownSessionClosesThatConnectionAtAdminLevel(String version) throws Exception {
        try (Simulator sim = start(version); RawClient victim = client("admin")) {
            String pointer = pointers(send("admin", "show sess"))[0];
            assertThat(send("user", "shutdown session " + pointer)).isEqualTo("Permission denied\n\n");
            assertThat(send("oper", "shutdown session " + pointer)).isEqualTo("Permission denied\n\n");
            assertThat(send("admin", "shutdown session " + pointer)).isEqualTo("\n");
            RawClient.Exchange end = victim.finish(WAIT);
            assertThat(end.closedByServer()).isTrue();
            assertThat(end.received()).isEmpty();
            assertThat(send("admin", "shutdown session " + pointer)).isEqualTo("No such session (use 'show sess').\n\n");
            assertThat(send("admin", "show sess " + pointer)).isEqualTo("Session not found.\n\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void shutdownOfItsOwnSessionAnswersThenCloses(String version) throws Exception {
        try (Simulator sim = start(version); RawClient self = client("admin")) {
            self.send("prompt\nshow sess\n");
            String listing = self.awaitText("\n\n> ", WAIT);
            String[] pointers = pointers(listing);
            self.send("shutdown session " + pointers[pointers.length - 1] + "\n");
            RawClient.Exchange end = self.finish(WAIT);
            assertThat(end.closedByServer()).isTrue();
            assertThat(end.received()).isEqualTo(listing + "\n> ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void errorsAsEveryVersionGivesThem(String version) throws Exception {
        try (Simulator sim = start(version)) {
            String expected = "Session pointer expected (use 'show sess').\n\n";
            assertThat(send("admin", "shutdown session")).isEqualTo(expected);
            assertThat(send("admin", "shutdown session zz")).isEqualTo(expected);
            assertThat(send("admin", "shutdown session 0")).isEqualTo(expected);
            assertThat(send("admin", "shutdown session 0x1234 extra"))
                    .isEqualTo("No such session (use 'show sess').\n\n");
            assertThat(send("admin", "set severity-output number; shutdown session 1234"))
                    .isEqualTo("\n[3]: No such session (use 'show sess').\n\n");
            assertThat(send("admin", "set severity-output number; shutdown session"))
                    .isEqualTo("\n[3]: Session pointer expected (use 'show sess').\n\n");
            assertThat(send("admin", "set severity-output number; show sess 0x12"))
                    .isEqualTo("\nSession not found.\n\n");
            assertThat(send("user", "show sess")).isEqualTo("Permission denied\n\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0"})
    void aWordReadingAsNoPointerListsAllBefore32(String version) throws Exception {
        try (Simulator sim = start(version)) {
            assertThat(send("admin", "show sess zz")).matches("0x[0-9a-f]+: proto=unix_stream [^\n]*\n\n");
            assertThat(send("admin", "show sess help")).matches("0x[0-9a-f]+: proto=unix_stream [^\n]*\n\n");
        }
    }

    @Test
    void selectorsOf30() throws Exception {
        try (Simulator sim = start("3.0")) {
            assertThat(send("admin", "set severity-output number; show sess older"))
                    .isEqualTo("\n[3]: Expects a minimum age (in seconds by default).\n\n");
            assertThat(send("admin", "show sess older x")).isEqualTo("Invalid age.\n\n");
            assertThat(send("admin", "show sess older 1h")).isEqualTo("\n");
            assertThat(send("admin", "show sess susp")).isEqualTo("\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3.2", "3.4"})
    void helpAndOptionsFrom32(String version) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String config = "frontend fe\n    bind 127.0.0.1:" + port + "\nbackend be\n    server s1 127.0.0.1:9 disabled\n";
        try (Simulator sim = start(version, config)) {
            assertThat(send("admin", "set severity-output number; show sess help"))
                    .startsWith("\n[3]: Usage: show sess [<id> | all | help] [<options>*]\n")
                    .endsWith("\nWithout any argument, all streams are dumped in a shorter format.\n\n");
            assertThat(send("admin", "set severity-output number; show sess zz"))
                    .isEqualTo("\n[3]: Unsupported option 'zz', try 'help' for more info.\n\n");
            assertThat(send("admin", "show sess 0")).isEqualTo("Unsupported option '0', try 'help' for more info.\n\n");
            assertThat(send("admin", "show sess 0x1234 all"))
                    .isEqualTo("Unsupported option 'all', try 'help' for more info.\n\n");
            assertThat(send("admin", "show sess 0x1234 show-uri")).isEqualTo("Session not found.\n\n");
            assertThat(send("admin", "show sess susp")).isEqualTo("\n");
            assertThat(send("admin", "show sess show-uri")).matches("0x[0-9a-f]+: proto=unix_stream [^\n]*\n\n");
            assertThat(send("admin", "show sess server")).isEqualTo("Missing server name (<backend>/<server>).\n\n");
            assertThat(send("admin", "show sess server be")).isEqualTo("Require 'backend/server'.\n\n");
            assertThat(send("admin", "show sess server nope/s1")).isEqualTo("No such backend.\n\n");
            assertThat(send("admin", "show sess server be/nope")).isEqualTo("No such server.\n\n");
            assertThat(send("admin", "show sess server be/s1")).isEqualTo("\n");
            assertThat(send("admin", "show sess backend fe")).isEqualTo("No such backend.\n\n");
            assertThat(send("admin", "show sess frontend GLOBAL")).isEqualTo("No such frontend.\n\n");
            assertThat(send("admin", "show sess frontend fe")).isEqualTo("\n");
            assertThat(send("admin", "show sess backend be frontend fe"))
                    .isEqualTo("Only one of backend, frontend or server may be set.\n\n");
            assertThat(send("admin", "show sess all older 0"))
                    .isEqualTo("Unsupported option 'older', try 'help' for more info.\n\n");
        }
    }

    /**
     * 2.6's long format: the idle stream's dump as real printed it (values of this process: id, listener, bytes,
     * timeouts; pointers at real-like offsets from the stream's), {@code show sess <pointer>} giving the same, and
     * the asking stream's response holding the dump before it.
     */
    @Test
    void longFormatOf26() throws Exception {
        try (Simulator sim = start("2.6"); RawClient quiet = client("admin"); RawClient prompted = client("admin")) {
            prompted.send("prompt\n");
            assertThat(prompted.awaitText("> ", WAIT)).isEqualTo("\n> ");
            String all = send("admin", "show sess all");
            String[] streams = all.split("(?m)^(?=0x)");
            assertThat(streams).hasSize(3);
            Matcher idle = Pattern.compile("(0x[0-9a-f]+): \\[\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\] "
                    + "id=0 proto=unix_stream source=unix:1\n").matcher(streams[0]);
            assertThat(idle.lookingAt()).as(streams[0]).isTrue();
            long stream = Long.parseLong(idle.group(1).substring(2), 16);
            assertThat(streams[0].substring(idle.end())).matches(("""
                      flags=0x8, conn_retries=0, conn_exp=<NEVER> conn_et=0x000 srv_conn=(nil), \
                    pend_pos=(nil) waiting=0 epoch=0
                      frontend=GLOBAL (id=0 mode=tcp), listener=? (id=1) addr=unix:1
                      backend=<NONE> (id=-1 mode=-)
                      server=<NONE> (id=-1)
                      task=0x[0-9a-f]+ (state=0x00 nice=-64 calls=1 rate=0 exp=TIMEOUT tmask=0x1 age=0s)
                      scf=0x[0-9a-f]+ flags=0x00000000 state=EST endp=CONN,0x[0-9a-f]+,0x028c0001 sub=1
                          co0=0x[0-9a-f]+ ctrl=unix_stream xprt=RAW mux=PASS data=STRM target=LISTENER:0x[0-9a-f]+
                          flags=0x00000300 fd=\\d+ fd.state=21 updt=0 fd.tmask=0x1
                      scb=0x[0-9a-f]+ flags=0x00000001 state=EST endp=APPCTX,APPLET,0x02800002 sub=0
                          app1=APPLET st0=2 st1=0 st2=0 applet=<CLI> tmask=0x1 nice=-64 calls=1 rate=0 cpu=0 lat=0
                      req=REQ (f=0x808000 an=0x0 pipe=0 tofwd=-1 total=0)
                          an_exp=<NEVER> rex=TIMEOUT wex=<NEVER>
                          buf=0x[0-9a-f]+ data=(nil) o=0 p=0 i=0 size=0
                      res=0x[0-9a-f]+ (f=0x80008000 an=0x0 pipe=0 tofwd=-1 total=0)
                          an_exp=<NEVER> rex=<NEVER> wex=<NEVER>
                          buf=0x[0-9a-f]+ data=(nil) o=0 p=0 i=0 size=0
                    """).replace("(", "\\(").replace(")", "\\)").replace("?", "\\?").replace("TIMEOUT", TIMEOUT)
                    .replace("APPLET", "0x[0-9a-f]+").replace("REQ", "0x" + Long.toHexString(stream + 0x20)));
            assertThat(streams[1]).contains(" id=1 ", " st1=1 ", "(f=0xc48202 an=0x0 pipe=0 tofwd=-1 total=7)",
                    "(f=0x80048202 an=0x0 pipe=0 tofwd=-1 total=3)");
            int dumped = streams[0].length() + streams[1].length();
            assertThat(streams[2]).contains(" id=2 ", " exp=<NEVER> ",
                    "(f=0xc08000 an=0x0 pipe=0 tofwd=-1 total=14)",
                    "(f=0x80008002 an=0x0 pipe=0 tofwd=-1 total=" + dumped + ")",
                    " o=" + dumped + " p=" + dumped + " i=0 size=16384\n");
            assertThat(send("oper", "show sess " + idle.group(1))).isEqualTo(streams[0] + "\n");
        }
    }

    /** Each version's own lines, from its layout; {@code older} dumps the streams old enough. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.4", "2.8", "3.0", "3.1", "3.2", "3.3", "3.4"})
    void longFormatPerVersion(String version) throws Exception {
        try (Simulator sim = start(version); RawClient prompted = client("admin")) {
            prompted.send("prompt\n");
            assertThat(prompted.awaitText("> ", WAIT)).isEqualTo("\n> ");
            String all = send("admin", "show sess all");
            assertThat(all).doesNotContain("{").endsWith("\n\n")
                    .contains(" id=0 proto=unix_stream source=unix:1\n", " id=1 proto=unix_stream source=unix:1\n");
            String dumpsOf = switch (version) {
                case "2.4" -> "tofwd=-1 total=7)";
                case "2.8", "3.0", "3.1" -> "ioto=1h state=EST endp=CONN";
                case "3.2" -> "p_con=1 p_stc=2 p_req=2 p_res=2 p_prp=2\n";
                default -> " sub=1 in=7 out=3 rex=";
            };
            assertThat(all).contains(dumpsOf);
            if (!version.equals("2.4")) {
                assertThat(send("admin", "show sess older 1h")).isEqualTo("\n");
                assertThat(send("admin", "show sess older 0")).contains(" id=0 ", " id=3 ");
            }
        }
    }

    private static String[] pointers(String listing) {
        Matcher matcher = Pattern.compile("(0x[0-9a-f]+): proto=").matcher(listing);
        return matcher.results().map(result -> result.group(1)).toArray(String[]::new);
    }

    private Simulator start(String version) throws Exception {
        return start(version, "");
    }

    private Simulator start(String version, String proxies) throws Exception {
        String config = "global\n"
                + "    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "    stats socket " + dir.resolve("oper.sock") + " level operator\n"
                + "    stats socket " + dir.resolve("user.sock") + " level user\n"
                + "    stats timeout 1h\n" + proxies;
        return Simulator.builder().version(version).config(config).log(line -> { }).start();
    }

    private RawClient client(String socket) throws Exception {
        return RawClient.unix(dir.resolve(socket + ".sock"));
    }

    private String send(String socket, String line) throws Exception {
        try (RawClient client = client(socket)) {
            client.send(line + "\n");
            return client.finish(WAIT).received();
        }
    }
}
