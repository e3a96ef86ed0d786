package io.hapsim.simulator.command.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.OutputSource;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.events.Severity;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-level behaviour beyond the recorded scenarios: messages, version flags, quirks. */
class MapCommandsTest {

    private static final String UNKNOWN_MAP = "Unknown map identifier. Please use #<id> or <file>.\n";
    private static final Pattern POINTER = Pattern.compile("(0x[0-9a-f]+) ");

    @TempDir
    Path dir;

    private MapCli fixture(String label) throws IOException {
        VersionProfile profile = VersionProfiles.get(label);
        return new MapCli(profile, Fixture.store(dir, profile));
    }

    private MapCli typed(String label) throws IOException {
        Files.write(dir.resolve("n.map"), "a 1\nb 2\n".getBytes(StandardCharsets.ISO_8859_1));
        String cfg = "frontend fe\n    http-request set-var(txn.n) str(a),map_str_int(" + dir + "/n.map,0)\n";
        VersionProfile profile = VersionProfiles.get(label);
        return new MapCli(profile, PatternStore.builder(profile).buildFromText(cfg, "t.cfg"));
    }

    private static String pointerOf(String dump, String key) {
        Matcher m = Pattern.compile("(0x[0-9a-f]+) " + Pattern.quote(key) + "( |\n)").matcher(dump);
        assertThat(m.find()).as("%s in %s", key, dump).isTrue();
        return m.group(1);
    }

    @Test
    void belowAdmin32LogsADeprecationWarningPerUse() throws IOException {
        MapCli cli = fixture("3.2");
        cli.run(AccessLevel.OPERATOR, "show map", null);
        cli.run(AccessLevel.USER, "del acl " + dir + "/allow.acl nothere", null);
        cli.run(AccessLevel.ADMIN, "show map", null);
        assertThat(cli.log).containsExactly(
                "[WARNING]  (1234) : 'show map' accessed without admin rights, this won't be supported anymore"
                        + " starting from haproxy 3.3\n",
                "[WARNING]  (1234) : 'del acl' accessed without admin rights, this won't be supported anymore"
                        + " starting from haproxy 3.3\n");
        MapCli old = fixture("3.0");
        old.run(AccessLevel.USER, "show map", null);
        assertThat(old.log).isEmpty();
    }

    @Test
    void delAclNamesTheAclOnlyFrom32() throws IOException {
        assertThat(fixture("3.0").run("del acl #99 1.2.3.4")).isEqualTo(UNKNOWN_MAP);
        assertThat(fixture("3.2").run("del acl #99 1.2.3.4"))
                .isEqualTo("Unknown ACL identifier. Please use #<id> or <file>.\n");
    }

    @Test
    void fileAtPrefixIsUnderstoodFrom30() throws IOException {
        assertThat(fixture("2.8").run("show map file@" + dir + "/a.map")).isEqualTo(UNKNOWN_MAP);
        assertThat(fixture("3.0").run("show map file@" + dir + "/a.map")).contains(" foo.local be_foo\n");
    }

    @Test
    void listingOf24HasNoEntryCount() throws IOException {
        assertThat(fixture("2.4").run("show acl")).isEqualTo("# id (file) description\n"
                + "0 (" + dir + "/allow.acl) pattern loaded from file '" + dir + "/allow.acl' used by acl at file '"
                + dir + "/haproxy.cfg' line 16. curr_ver=0 next_ver=0\n"
                + "1 () acl 'src' file '" + dir + "/haproxy.cfg' line 16. curr_ver=0 next_ver=0\n");
    }

    @Test
    void entriesAreAddressedByThePointersShowMapPrints() throws IOException {
        MapCli cli = fixture("3.0");
        String a = dir + "/a.map";
        String foo = pointerOf(cli.run("show map " + a), "foo.local");
        assertThat(cli.run("set map " + a + " #" + foo + " newfoo")).isEmpty();
        assertThat(cli.run("get map " + a + " foo.local")).contains("value=\"newfoo\"");
        assertThat(cli.run("show map " + a)).contains(foo + " foo.local newfoo\n");
        assertThat(cli.run("set map " + a + " #0x12 v")).isEqualTo("key or pattern not found.\n");
        assertThat(cli.run("set map " + a + " #0x v")).isEqualTo(EntryAddress.MALFORMED);
        assertThat(cli.run("set map " + a + " #0xffffffffffffffffff v")).isEqualTo("key or pattern not found.\n");
        assertThat(cli.run("del map " + a + " #0X12")).isEqualTo("Key not found.\n");
        String ipPointer = pointerOf(cli.run("show map " + dir + "/ip.map"), "127.0.0.1");
        assertThat(cli.run("del map " + a + " #" + ipPointer)).isEqualTo("Key not found.\n");
        assertThat(cli.run("del map " + a + " #" + foo)).isEmpty();
        assertThat(cli.run("del map " + a + " #" + foo)).isEqualTo("Key not found.\n");
        assertThat(cli.run("show map " + a)).doesNotContain("foo.local");
    }

    @Test
    void clearingAPreparedVersionDoesNothingOn34WhileALowerVersionHoldsEntries() throws IOException {
        // #2 is a.map (3 entries in version 0), #4 b.map (empty): what real 3.2.26 and 3.4.7 answered
        for (String label : List.of("3.2", "3.4")) {
            MapCli cli = fixture(label);
            for (String map : List.of("#2", "#4")) {
                assertThat(cli.run("prepare map " + map)).isEqualTo("New version created: 1\n");
                assertThat(cli.run("add map @1 " + map + " k1 v1")).isEmpty();
                assertThat(cli.run("clear map @1 " + map)).isEmpty();
            }
            boolean kept = label.equals("3.4");
            assertThat(cli.run("show map @1 #2").contains(" k1 v1\n")).as(label).isEqualTo(kept);
            assertThat(cli.run("show map @1 #4")).as(label).isEmpty();
            assertThat(cli.run("show map #2")).as(label).contains(" example.com ");
        }
    }

    @Test
    void setMapWithAnUnparsableValueDependsOnTheVersion() throws IOException {
        for (String label : List.of("2.4", "2.8.0", "3.0")) {
            MapCli cli = typed(label);
            assertThat(cli.run("set map #0 a x")).as(label).isEmpty();
            assertThat(cli.run("show map #0")).as(label).contains(" a 1\n");
        }
        for (String label : List.of("2.8", "3.1", "3.2")) {
            MapCli cli = typed(label);
            assertThat(cli.run("set map #0 a x")).as(label).isEqualTo("unable to parse 'x'.\n");
            assertThat(cli.run("set map #0 a 7")).as(label).isEmpty();
            assertThat(cli.run("get map #0 a")).as(label)
                    .isEqualTo("type=str, case=sensitive, found=yes, idx=tree, key=\"a\", value=\"7\", type=\"sint\"\n");
        }
        MapCli cli = typed("2.6");
        String p = pointerOf(cli.run("show map #0"), "b");
        assertThat(cli.run("set map #0 #" + p + " x")).isEqualTo("unable to parse 'x'.\n");
        assertThat(cli.run("add map #0 c x")).isEqualTo("unable to parse 'x'.\n");
        assertThat(cli.run("show map")).contains("entry_cnt=1\n").doesNotContain(" c ");
    }

    @Test
    void payloadLinesSplitOnTheFirstBlankOnly() throws IOException {
        MapCli cli = fixture("3.0");
        String b = dir + "/b.map";
        assertThat(cli.runWithPayload("add map " + b, "k1 v1", "lonely", "k3 v3", "t1\t \tv with  spaces ",
                "", "x y")).isEmpty();
        assertThat(cli.run("show map " + b).replaceAll("0x[0-9a-f]+ ", "")).isEqualTo(
                "k1 v1\nlonely\nk3 v3\nt1 v with  spaces \n\nx y\n");
        assertThat(cli.runWithPayload("add map " + b, "ok 1", "broken")).isEqualTo("Missing value for key 'broken'.\n");
        assertThat(cli.run("get map " + b + " ok")).contains("found=yes");
        assertThat(cli.runWithPayload("add map " + b)).isEqualTo("Missing value for key '\n'.\n");
        assertThat(cli.runWithPayload("add map " + dir + "/ip.map", "1.1.1.1 a", "bad b", "2.2.2.2 c"))
                .isEqualTo("'bad' is not a valid IPv4 or IPv6 address.\n");
        assertThat(cli.run("show map " + dir + "/ip.map")).contains(" 1.1.1.1 a\n").doesNotContain("2.2.2.2");
    }

    @Test
    void addAclIgnoresItsPatternArgumentWhenAPayloadFollows() throws IOException {
        MapCli cli = fixture("3.0");
        String acl = dir + "/allow.acl";
        assertThat(cli.run(AccessLevel.ADMIN, "add acl " + acl, "1.1.1.1")).startsWith("'add acl' expects");
        assertThat(cli.run(AccessLevel.ADMIN, "add acl " + acl + " 9.9.9.9", "1.1.1.1 x\n2.2.2.2")).isEmpty();
        assertThat(cli.run("show acl " + acl).replaceAll("0x[0-9a-f]+ ", ""))
                .isEqualTo("127.0.0.1\n10.0.0.0/8\n1.1.1.1\n2.2.2.2\n");
    }

    @Test
    void checksHappenInHaproxyOrder() throws IOException {
        MapCli cli = fixture("3.0");
        String a = dir + "/a.map";
        assertThat(cli.run("add acl @9 " + a + " x"))
                .isEqualTo("Version number in the future, please use 'prepare acl' before.\n");
        assertThat(cli.run("add acl " + a + " x")).startsWith("This ACL is shared with a map containing samples.");
        assertThat(cli.run("add map @abc " + a + " zero v")).isEmpty();
        assertThat(cli.run("commit map " + a)).isEqualTo("Missing version number.\n");
        assertThat(cli.run("commit map @1")).isEqualTo("Missing map identifier.\n");
        assertThat(cli.run("commit acl @1")).isEqualTo("Missing ACL identifier.\n");
        assertThat(cli.run("commit acl @1 " + a)).isEqualTo("Unknown ACL identifier. Please use #<id> or <file>.\n");
        assertThat(cli.run("clear map @1")).isEqualTo("Missing map identifier.\n");
        assertThat(cli.run("show map @1")).isEqualTo(UNKNOWN_MAP);
        assertThat(cli.run("del acl " + a + " k")).isEqualTo(UNKNOWN_MAP);
        assertThat(cli.run("del acl #1 k")).isEqualTo("Key not found.\n");
        assertThat(cli.run("prepare acl " + dir + "/allow.acl")).isEqualTo("New version created: 1\n");
        assertThat(cli.run("show acl #")).contains(" 127.0.0.1\n");
    }

    @Test
    void getPrintsTheFormAskedForWhateverTheReference() throws IOException {
        MapCli cli = fixture("3.0");
        assertThat(cli.run("get acl " + dir + "/a.map foo.local"))
                .isEqualTo("type=str, case=sensitive, match=yes, idx=tree, pattern=\"foo.local\"\n");
        assertThat(cli.run("get map " + dir + "/allow.acl 10.9.9.9"))
                .isEqualTo("type=ip, case=sensitive, found=yes, idx=tree, key=\"10.0.0.0/8\", value=none\n");
        assertThat(cli.run("get map #1 10.9.9.9")).isEqualTo("type=ip, case=sensitive, found=no\n");
        assertThat(cli.run("get acl #5 0.0.0.0"))
                .isEqualTo("type=ip, case=sensitive, match=yes, idx=tree, pattern=\"0.0.0.0\"\n");
    }

    @Test
    void repliesCarryHaproxySeverities() throws IOException {
        MapCli cli = fixture("3.0");
        assertThat(reply(cli, "show map nothere")).isInstanceOfSatisfying(Reply.Message.class,
                m -> assertThat(m.severity()).isEqualTo(Severity.ERR));
        assertThat(reply(cli, "prepare map #2")).isInstanceOfSatisfying(Reply.Message.class,
                m -> assertThat(m.severity()).isEqualTo(Severity.INFO));
        assertThat(reply(cli, "show map #2")).isInstanceOf(Reply.Stream.class);
        assertThat(reply(cli, "get map #2 x")).isInstanceOf(Reply.Stream.class);
        assertThat(reply(cli, "add map #2 k v")).isSameAs(Reply.EMPTY);
    }

    private static Reply reply(MapCli cli, String line) {
        SessionState s = new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofSeconds(10));
        return cli.registry.dispatch(new CommandContext(MapCli.words(line), null, s, cli.runtime, cli.registry));
    }

    @Test
    void aStreamedDumpSurvivesConcurrentChanges() throws IOException {
        MapCli cli = fixture("3.0");
        String b = dir + "/b.map";
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            payload.append("key").append(i).append(" value").append(i).append('\n');
        }
        assertThat(cli.run(AccessLevel.ADMIN, "add map " + b, payload.toString())).isEmpty();
        Reply.Stream stream = (Reply.Stream) reply(cli, "show map " + b);
        OutputSource source = stream.source();
        StringBuilder out = new StringBuilder();
        assertThat(source.produce(out, 1000)).isTrue();
        int produced = out.toString().split("\n").length;
        // delete the next entry to be dumped, one far ahead, and add one at the end
        assertThat(cli.run("del map " + b + " key" + produced)).isEmpty();
        assertThat(cli.run("del map " + b + " key9000")).isEmpty();
        assertThat(cli.run("add map " + b + " tail end")).isEmpty();
        while (source.produce(out, 1000)) {
            // drain
        }
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(10_000 - 2 + 1);
        assertThat(out.toString()).doesNotContain(" key" + produced + " ").doesNotContain(" key9000 ")
                .endsWith(" tail end\n");
    }
}
