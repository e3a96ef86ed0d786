package io.hapsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control API over HTTP, each change checked over the simulator's own CLI socket as a client would see it. */
class ControlApiTest {

    private static final Duration ANSWER = Duration.ofSeconds(10);
    private static final String CONFIG = """
            global
                stats socket %s level admin
                log ring@events local0
            ring events
            backend be
                log global
                balance roundrobin
                server s1 127.0.0.1:8081 weight 10
                server s2 127.0.0.1:8082
            backend be_off
                disabled
                server s3 127.0.0.1:8083
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final CountDownLatch shutDown = new CountDownLatch(1);
    private Path socket;
    private Path hostsMap;
    private Instance instance;
    private ControlServer control;

    @BeforeEach
    void start() throws IOException {
        socket = dir.resolve("admin.sock");
        hostsMap = Files.writeString(dir.resolve("hosts.map"), "a.example 1\nb.example 2\n");
        Path config = Files.writeString(dir.resolve("haproxy.cfg"), CONFIG.formatted(socket));
        instance = Instance.start(1, Simulator.builder().version("3.0").config(config).map(hostsMap, "str")
                .tcp("127.0.0.1", 0, AccessLevel.ADMIN).log(line -> { }));
        control = ControlServer.start("127.0.0.1", 0, false, List.of(instance), shutDown::countDown);
    }

    @AfterEach
    void stop() {
        control.close();
    }

    @Test
    void listsTheSimulatorsWithTheirSockets() throws Exception {
        InetSocketAddress tcp = instance.simulator().tcpAddress();

        HttpResponse<String> list = request("GET", "/simulators", null);
        HttpResponse<String> one = request("GET", "/simulators/1", null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(list.body()).startsWith("[{\"id\":1,\"version\":\"3.0\",\"haproxyVersion\":\""
                + VersionProfiles.get("3.0").version() + "\",\"endpoints\":[{\"type\":\"unix\",\"path\":\"" + socket
                + "\",\"level\":\"admin\"},{\"type\":\"tcp\",\"host\":\"127.0.0.1\",\"port\":" + tcp.getPort()
                + ",\"level\":\"admin\"}],\"upSince\":\"");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat("[" + one.body().strip() + "]").isEqualTo(list.body().strip());
    }

    @Test
    void resetRestoresAMapChangedOverTheCliAndClosesOpenConnections() throws Exception {
        cli("set map " + hostsMap + " a.example 99");
        cli("add map " + hostsMap + " c.example 3");
        assertThat(keysAndValues(cli("show map " + hostsMap))).containsExactly("a.example 99", "b.example 2",
                "c.example 3");
        try (RawClient open = RawClient.unix(socket)) {
            open.send("prompt\n");
            assertThat(open.awaitText("> ", ANSWER)).endsWith("> ");

            HttpResponse<String> reset = request("POST", "/simulators/1/reset", null);

            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(open.finish(ANSWER).closedByServer()).as("a connection open across the reset").isTrue();
        }
        assertThat(keysAndValues(cli("show map " + hostsMap))).containsExactly("a.example 1", "b.example 2");
    }

    @Test
    void aVersionSwitchKeepsTheSocketsAndAnswersAsTheNewVersion() throws Exception {
        InetSocketAddress tcp = instance.simulator().tcpAddress();

        HttpResponse<String> switched = request("PUT", "/simulators/1/version", "{\"version\": \"3.4\"}");

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.body()).contains("\"version\":\"3.4\"").contains("\"path\":\"" + socket + "\"")
                .contains("\"port\":" + tcp.getPort());
        assertThat(cli("show version")).isEqualTo(VersionProfiles.get("3.4").version() + "\n\n");
        try (RawClient overTcp = RawClient.tcp(tcp)) {
            assertThat(overTcp.send("show version\n").finish(ANSWER).received())
                    .isEqualTo(VersionProfiles.get("3.4").version() + "\n\n");
        }
        assertThat(keysAndValues(cli("show map " + hostsMap))).as("the same configuration and maps")
                .containsExactly("a.example 1", "b.example 2");
    }

    @Test
    void anUnknownVersionIsRefusedAndTheSimulatorKeepsRunning() throws Exception {
        HttpResponse<String> refused = request("PUT", "/simulators/1/version", "{\"version\": \"9.9\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).startsWith("{\"status\":400,\"error\":\"unknown HAProxy version profile '9.9'");
        assertThat(cli("show version")).isEqualTo(VersionProfiles.get("3.0").version() + "\n\n");
    }

    @Test
    void mapEntriesPutAndDeletedOverHttpAreWhatTheCliShows() throws Exception {
        String entries = "/simulators/1/maps/" + encoded(hostsMap.toString()) + "/entries/";

        assertThat(request("PUT", entries + "c.example", "{\"value\":\"3\"}").body())
                .isEqualTo("{\"key\":\"c.example\",\"value\":\"3\"}\n");
        assertThat(request("PUT", entries + "a.example", "{\"value\":\"7\"}").statusCode()).isEqualTo(200);
        assertThat(keysAndValues(cli("show map " + hostsMap))).containsExactly("a.example 7", "b.example 2",
                "c.example 3");

        assertThat(request("DELETE", entries + "b.example", null).statusCode()).isEqualTo(204);
        assertThat(keysAndValues(cli("show map " + hostsMap))).containsExactly("a.example 7", "c.example 3");
        assertThat(request("DELETE", entries + "b.example", null).statusCode()).isEqualTo(404);

        assertThat(request("GET", "/simulators/1/maps", null).body())
                .isEqualTo("[{\"id\":0,\"file\":\"" + hostsMap + "\",\"entries\":2}]\n");
        String byId = request("GET", "/simulators/1/maps/%230", null).body();
        assertThat(byId).isEqualTo("{\"map\":\"#0\",\"entries\":[{\"key\":\"a.example\",\"value\":\"7\"},"
                + "{\"key\":\"c.example\",\"value\":\"3\"}]}\n");

        assertThat(request("DELETE", "/simulators/1/maps/%230/entries", null).statusCode()).isEqualTo(204);
        assertThat(cli("show map " + hostsMap)).isEqualTo("\n");
    }

    @Test
    void serverChangesAreWhatShowServersStateAndShowStatReport() throws Exception {
        HttpResponse<String> maint = request("PUT", "/simulators/1/servers/be/s1", "{\"state\":\"maint\"}");

        assertThat(maint.statusCode()).isEqualTo(200);
        assertThat(maint.body()).startsWith("{\"backend\":\"be\",\"server\":\"s1\",\"state\":\"maint\",");
        assertThat(serverState("s1")[6]).as("srv_admin_state: forced maintenance").isEqualTo("1");
        assertThat(cli("show stat")).containsPattern("(?m)^be,s1,(?:[^,]*,){15}MAINT,");

        request("PUT", "/simulators/1/servers/be/%231", "{\"state\":\"ready\",\"weight\":5}"); // s1 by its id

        assertThat(serverState("s1")[6]).isEqualTo("0");
        assertThat(serverState("s1")[7]).as("srv_uweight").isEqualTo("5");
        assertThat(request("GET", "/simulators/1/servers", null).body()).contains(
                "{\"backend\":\"be\",\"server\":\"s1\",\"state\":\"ready\",\"operational\":\"running\","
                        + "\"weight\":5,\"initialWeight\":10}");
    }

    @Test
    void eventsWrittenIntoARingAreWhatShowEventsDumpsAfterTheServersOwn() throws Exception {
        request("PUT", "/simulators/1/servers/be/s2", "{\"state\":\"maint\"}");
        HttpResponse<String> posted = request("POST", "/simulators/1/events/events", "{\"event\":\"deployed v2\"}");

        String down = "Server be/s2 is going DOWN for maintenance. 1 active and 0 backup servers left. 0 sessions"
                + " active, 0 requeued, 0 remaining in queue.";
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).isEqualTo("{\"ring\":\"events\",\"events\":[\"" + down + "\",\"deployed v2\"]}\n");
        assertThat(cli("show events events")).isEqualTo(down + "\ndeployed v2\n\n");
        assertThat(request("GET", "/simulators/1/events/events", null).body()).isEqualTo(posted.body());
        assertStatus("POST", "/simulators/1/events/stdout", "{\"event\":\"x\"}", 404, "no event ring 'stdout'");
    }

    @Test
    void refusedRequestsAnswerTheirStatusWithAnError() throws Exception {
        String map = "/simulators/1/maps/" + encoded(hostsMap.toString());
        assertStatus("GET", "/simulators/2", null, 404, "no simulator '2'");
        assertStatus("GET", "/nothing", null, 404, "no such resource");
        assertStatus("GET", "/simulators/1/maps/%2Fno.map", null, 404, "no map '/no.map'");
        assertStatus("PUT", "/simulators/1/servers/be/s9", "{\"state\":\"drain\"}", 404, "no server 's9'");
        assertStatus("PUT", "/simulators/1/servers/nobe/s1", "{\"weight\":1}", 404, "no backend 'nobe'");
        assertStatus("PUT", "/simulators/1/servers/be/s1", "{\"state\":\"off\"}", 400, "\\\"state\\\" must be");
        assertStatus("PUT", "/simulators/1/servers/be/s1", "{\"weight\":300}", 400,
                "Absolute weight can only be between 0 and 256 inclusive.");
        assertStatus("PUT", "/simulators/1/servers/be/s1", "{}", 400, "expected \\\"state\\\"");
        assertStatus("PUT", map + "/entries/k", "{\"value\":", 400, "malformed JSON");
        assertStatus("PUT", map + "/entries/k", "{\"val\":\"1\"}", 400, "expected a string member \\\"value\\\"");
        assertStatus("POST", "/simulators", null, 405, "POST not allowed here; allowed: GET");
        assertStatus("PUT", "/simulators/1/servers/be_off/s3", "{\"state\":\"drain\"}", 409,
                "backend 'be_off' is disabled");
    }

    @Test
    void listensOnLoopbackOnlyUnlessTold() {
        assertThatThrownBy(() -> ControlServer.start("192.0.2.1", 0, false, List.of(instance), () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    @Test
    void shutdownStopsTheSimulatorsThenReturns() throws Exception {
        HttpResponse<String> stopping = request("POST", "/shutdown", null);

        assertThat(stopping.statusCode()).isEqualTo(200);
        assertThat(shutDown.await(30, TimeUnit.SECONDS)).as("the serve process would exit now").isTrue();
        assertThat(socket).as("the simulator removed its socket").doesNotExist();
    }

    @Test
    void faultsDeclaredOverHttpActOnTheCliAndAreListed() throws Exception {
        HttpResponse<String> armed = request("POST", "/simulators/1/faults",
                "{\"command\":\"show cli level\",\"fault\":\"answer Permission denied\\\\n\",\"times\":1}");

        assertThat(armed.statusCode()).isEqualTo(200);
        assertThat(armed.body()).isEqualTo("{\"id\":1,\"rule\":\"'show cli level' before the answer: answer"
                + " 'Permission denied' (1 more)\",\"applied\":0}\n");
        assertThat(cli("show cli level")).isEqualTo("Permission denied\n\n");
        assertThat(cli("show cli level")).as("the rule was spent").isEqualTo("admin\n\n");
        assertThat(request("GET", "/simulators/1/faults", null).body()).isEqualTo("[]\n");

        request("POST", "/simulators/1/faults", "{\"accept\":true,\"fault\":\"close\"}");
        try (RawClient client = RawClient.unix(socket)) { // sending nothing: it would race the close (EPIPE)
            assertThat(client.finish(ANSWER)).isEqualTo(new RawClient.Exchange("", true));
        }
        assertThat(request("DELETE", "/simulators/1/faults", null).statusCode()).isEqualTo(204);
        assertThat(cli("show cli level")).isEqualTo("admin\n\n");

        assertStatus("POST", "/simulators/1/faults", "{\"any\":true,\"fault\":\"explode\"}", 400,
                "unknown fault 'explode'");
        assertStatus("POST", "/simulators/1/faults", "{\"fault\":\"close\"}", 400, "exactly one trigger");
    }

    @Test
    void theJournalReadsAsJsonLinesSinceASequenceAndWaitsForTheNext() throws Exception {
        cli("show cli level");

        HttpResponse<String> journal = request("GET", "/simulators/1/journal", null);
        assertThat(journal.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(journal.body().lines()).singleElement().asString()
                .startsWith("{\"sequence\":1,\"connection\":1,\"index\":1,\"socket\":\"unix:" + socket
                        + "\",\"level\":\"admin\",\"args\":[\"show\",\"cli\",\"level\"],\"payload\":null,")
                .contains("\"answer\":\"admin\\n\\n\",\"answerBytes\":7,");

        var polled = http.sendAsync(HttpRequest.newBuilder(URI.create(control.url()
                + "/simulators/1/journal?since=1&wait=20000")).timeout(ANSWER).build(),
                HttpResponse.BodyHandlers.ofString());
        cli("show version");
        assertThat(polled.get().body().lines()).singleElement().asString()
                .contains("\"args\":[\"show\",\"version\"]");

        assertThat(request("GET", "/simulators/1/journal/connections", null).body().lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"end\":\"server_closed\""));
        assertThat(request("DELETE", "/simulators/1/journal", null).statusCode()).isEqualTo(204);
        assertThat(request("GET", "/simulators/1/journal", null).body()).isEmpty();
    }

    private HttpResponse<String> request(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(control.url() + path)).timeout(ANSWER)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertStatus(String method, String path, String body, int status, String error) throws Exception {
        HttpResponse<String> response = request(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
        assertThat(response.body()).as(method + " " + path).startsWith("{\"status\":" + status + ",\"error\":\"")
                .contains(error);
    }

    /** One command on a connection of its own, as socat sends it; the whole answer. */
    private String cli(String command) throws Exception {
        try (RawClient client = RawClient.unix(socket)) {
            RawClient.Exchange exchange = client.send(command + "\n").finish(ANSWER);
            assertThat(exchange.closedByServer()).as(command).isTrue();
            return exchange.received();
        }
    }

    /** The fields of a server's line of {@code show servers state}. */
    private String[] serverState(String server) throws Exception {
        return cli("show servers state be").lines().map(line -> line.split(" "))
                .filter(fields -> fields.length > 3 && fields[3].equals(server)).findFirst().orElseThrow();
    }

    /** {@code show map} lines without their addresses. */
    private static List<String> keysAndValues(String showMap) {
        return showMap.lines().filter(line -> !line.isEmpty()).map(line -> line.substring(line.indexOf(' ') + 1))
                .toList();
    }

    private static String encoded(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
