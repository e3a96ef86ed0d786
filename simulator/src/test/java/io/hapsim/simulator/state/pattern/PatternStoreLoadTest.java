package io.hapsim.simulator.state.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.config.ConfigLine;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternStoreLoadTest {

    private static final VersionProfile V24 = VersionProfiles.get("2.4");
    private static final VersionProfile V26 = VersionProfiles.get("2.6");
    private static final VersionProfile V30 = VersionProfiles.get("3.0");

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    private PatternStore load(VersionProfile profile, String... lines) throws IOException {
        String cfg = String.join("\n", lines).replace("{D}", dir.toString());
        return PatternStore.builder(profile).httpClientAcls(0).buildFromText(cfg, "/etc/haproxy/haproxy.cfg");
    }

    private static List<String> dump(PatternRef ref) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = ref.dump(ref.currentVersion()); it.hasNext();) {
            String line = it.next();
            out.add(line.substring(0, line.length() - 1).replaceFirst("^0x[0-9a-f]+ ", ""));
        }
        return out;
    }

    @Test
    void referencesGetIdsInConfigurationOrderSharedByMapsAndAcls() throws IOException {
        file("a.map", "k v\n");
        file("allow.acl", "127.0.0.1\n");
        PatternStore store = load(V24,
                "frontend fe",
                "    acl allowed src -f {D}/allow.acl",
                "    http-request set-var(txn.x) req.hdr(host),map({D}/a.map,none)");
        List<PatternRef> refs = store.references();
        assertThat(refs).extracting(PatternRef::id).containsExactly(0, 1, 2);
        assertThat(refs.get(0).reference()).isEqualTo(dir + "/allow.acl");
        assertThat(refs.get(0).description()).isEqualTo("pattern loaded from file '" + dir
                + "/allow.acl' used by acl at file '/etc/haproxy/haproxy.cfg' line 2");
        assertThat(refs.get(1).reference()).isNull();
        assertThat(refs.get(1).description()).isEqualTo("acl 'src' file '/etc/haproxy/haproxy.cfg' line 2");
        assertThat(refs.get(1).entryCount()).isZero();
        assertThat(refs.get(2).description()).isEqualTo("pattern loaded from file '" + dir
                + "/a.map' used by map at file '/etc/haproxy/haproxy.cfg' line 3");
        assertThat(refs.get(2).usedAsMap()).isTrue();
        assertThat(refs.get(2).usedAsAcl()).isFalse();
        assertThat(refs.get(2).hasSamples()).isTrue();
    }

    @Test
    void httpClientAclsComeLastWithOnePatternEach() throws IOException {
        file("a.map", "k v\n");
        String cfg = "frontend fe\n    http-request set-var(txn.x) str(a),map(" + dir + "/a.map)\n";
        PatternStore store = PatternStore.builder(V26).buildFromText(cfg, "c.cfg");
        assertThat(store.references()).hasSize(3);
        PatternRef client = store.references().get(1);
        assertThat(client.id()).isEqualTo(1);
        assertThat(client.description()).isEqualTo("acl 'var' file 'httpclient' line 0");
        assertThat(client.entryCount()).isEqualTo(1);
        assertThat(dump(client)).containsExactly("0.0.0.0");
        assertThat(PatternStore.empty(V24).references()).isEmpty();
        assertThat(PatternStore.builder(V30).httpClientAcls(4).buildFromText("", "c").references()).hasSize(4);
    }

    @Test
    void mapFilesSkipFirstColumnCommentsAndBlankLinesAndTrimValues() throws IOException {
        file("m.map", "# comment\n\n   \n  key1   value with  spaces  \t\nkey2\tv2\r\nkeyonly\n  #notcomment x\n"
                + "k3 v3");
        PatternStore store = load(V26, "  http-request set-var(txn.x) str(a),map({D}/m.map)");
        assertThat(dump(store.references().get(0))).containsExactly("key1 value with  spaces", "key2 v2",
                "keyonly ", "#notcomment x", "k3 v3");
    }

    @Test
    void aclFilesKeepTheWholeLineButItsLeadingBlanks() throws IOException {
        file("p.acl", "#c\n  /a b  \n\n/x\r\n");
        PatternStore store = load(V26, "  acl p path -f {D}/p.acl");
        assertThat(dump(store.references().get(0))).containsExactly("/a b  ", "/x");
    }

    @Test
    void aFileUsedTwiceIsOneReferenceAndIdenticalUsesShareTheirIndex() throws IOException {
        file("a.map", "k1 v1\nk2 v2\n");
        PatternStore store = load(V26,
                "frontend fe",
                "  http-request set-var(txn.a) str(a),map({D}/a.map)",
                "  http-request set-var(txn.b) str(a),map_str({D}/a.map,x)",
                "  http-request set-var(txn.c) str(a),map_beg({D}/a.map)");
        assertThat(store.references()).hasSize(1);
        PatternRef ref = store.references().get(0);
        assertThat(ref.description()).endsWith("line 2, by map at file '/etc/haproxy/haproxy.cfg' line 3"
                + ", by map at file '/etc/haproxy/haproxy.cfg' line 4");
        // map and map_str parse and index alike: one expression; map_beg indexes on its own
        assertThat(ref.entryCount()).isEqualTo(4);
        assertThat(ref.lookup("k1")).hasSize(2);
        assertThat(ref.add(0, "k3", "v3")).isNull();
        assertThat(ref.entryCount()).isEqualTo(6);
        assertThat(ref.deleteByKey("k3", false)).isEqualTo(1);
        assertThat(ref.entryCount()).isEqualTo(5);
    }

    @Test
    void aclLinesAndAnonymousAclsCreateTheirReferencesInOrder() throws IOException {
        file("ua.acl", "badbot\ncurl\n");
        file("m.map", "k v\n");
        PatternStore store = load(V26,
                "frontend fe",
                "  acl bad_ua req.hdr(user-agent) -i -m sub -f {D}/ua.acl",
                "  acl inline_acl path_beg /admin /private",
                "  http-request deny if { src 10.0.0.0/8 } || { req.hdr(host),map({D}/m.map) -m found }",
                "  acl p hdr_cnt gt 3 le 1");
        List<PatternRef> refs = store.references();
        assertThat(refs).extracting(PatternRef::description).containsExactly(
                "pattern loaded from file '" + dir + "/ua.acl' used by acl at file '/etc/haproxy/haproxy.cfg' line 2",
                "acl 'req.hdr' file '/etc/haproxy/haproxy.cfg' line 2",
                "acl 'path_beg' file '/etc/haproxy/haproxy.cfg' line 3",
                "acl 'src' file '/etc/haproxy/haproxy.cfg' line 4",
                "pattern loaded from file '" + dir + "/m.map' used by map at file '/etc/haproxy/haproxy.cfg' line 4",
                "acl 'req.hdr' file '/etc/haproxy/haproxy.cfg' line 4",
                "acl 'hdr_cnt' file '/etc/haproxy/haproxy.cfg' line 5");
        assertThat(refs.get(0).lookup("Mozilla-CURL/1")).singleElement()
                .satisfies(l -> {
                    assertThat(l.matchName()).isEqualTo("sub");
                    assertThat(l.ignoreCase()).isTrue();
                    assertThat(l.key()).isEqualTo("curl");
                });
        assertThat(refs.get(2).entryCount()).isEqualTo(2);
        assertThat(refs.get(3).lookup("10.1.2.3").get(0).found()).isTrue();
        assertThat(dump(refs.get(6))).containsExactly("4:", ":1");
    }

    @Test
    void explicitUniqueIdsAreKeptAndOthersFillTheGaps() throws IOException {
        PatternStore store = load(V26,
                "  acl a path /a",
                "  acl b path -u 0 /b",
                "  acl c path /c");
        assertThat(store.references()).extracting(PatternRef::description).containsExactly(
                "acl 'path' file '/etc/haproxy/haproxy.cfg' line 2",
                "acl 'path' file '/etc/haproxy/haproxy.cfg' line 1",
                "acl 'path' file '/etc/haproxy/haproxy.cfg' line 3");
        assertThat(store.references()).extracting(PatternRef::id).containsExactly(0, 1, 2);
    }

    @Test
    void aclFlagMLoadsTwoColumnsAndSharesTheFileWithMaps() throws IOException {
        file("m.map", "k v\n");
        PatternStore store = load(V26,
                "  http-request set-var(txn.x) str(a),map({D}/m.map)",
                "  acl has req.hdr(x) -M -f {D}/m.map");
        PatternRef ref = store.references().get(0);
        assertThat(ref.usedAsMap()).isTrue();
        assertThat(ref.usedAsAcl()).isTrue();
        assertThat(ref.description()).endsWith(", by acl at file '/etc/haproxy/haproxy.cfg' line 2");
    }

    @Test
    void oneAndTwoColumnUsesOfOneFileAreRefused() throws IOException {
        file("m.map", "k v\n");
        assertThatThrownBy(() -> load(V26,
                "  http-request set-var(txn.x) str(a),map({D}/m.map)",
                "  acl has req.hdr(x) -f {D}/m.map"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is already used as two column file");
    }

    @Test
    void missingFilesAndBadPatternsStopTheLoad() throws IOException {
        assertThatThrownBy(() -> load(V26, "  http-request set-var(txn.x) str(a),map({D}/none.map)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("failed to open pattern file <" + dir + "/none.map>");
        file("bad.map", "notanip v\n");
        assertThatThrownBy(() -> load(V26, "  http-request set-var(txn.x) src,map_ip({D}/bad.map)"))
                .hasMessageContaining("'notanip' is not a valid IPv4 or IPv6 address");
    }

    @Test
    void prefixesAreFileNamesBefore30() throws IOException {
        file("m.map", "k v\n");
        assertThatThrownBy(() -> load(V26, "  http-request set-var(txn.x) str(a),map(file@{D}/m.map)"))
                .hasMessageContaining("failed to open pattern file <file@");
        PatternStore store = load(V30,
                "  http-request set-var(txn.x) str(a),map(file@{D}/m.map)",
                "  http-request set-var(txn.y) str(a),map(virt@dyn)",
                "  http-request set-var(txn.z) str(a),map(opt@{D}/absent.map)");
        List<PatternRef> refs = store.references();
        assertThat(refs.get(0).reference()).isEqualTo(dir + "/m.map");
        assertThat(refs.get(0).description()).startsWith("pattern loaded from file 'file@" + dir + "/m.map' ");
        assertThat(refs.get(1).reference()).isEqualTo("virt@dyn");
        assertThat(refs.get(1).size()).isZero();
        assertThat(refs.get(2).reference()).isEqualTo(dir + "/absent.map");
        assertThat(store.lookup("file@" + dir + "/m.map")).isSameAs(refs.get(0));
        assertThat(store.lookup("virt@dyn")).isSameAs(refs.get(1));
    }

    @Test
    void lookupReadsIdsLikeStrtol() throws IOException {
        PatternStore store = load(V26, "  acl a path /a", "  acl b path /b", "  acl c path /c");
        assertThat(store.lookup("#1")).isSameAs(store.references().get(1));
        assertThat(store.lookup("#")).isSameAs(store.references().get(0));
        assertThat(store.lookup("#+2")).isSameAs(store.references().get(2));
        assertThat(store.lookup("# 2")).isSameAs(store.references().get(2));
        assertThat(store.lookup("#4294967298")).isSameAs(store.references().get(2));
        assertThat(store.lookup("#2x")).isNull();
        assertThat(store.lookup("#abc")).isNull();
        assertThat(store.lookup("#99")).isNull();
        assertThat(store.lookup("")).isNull();
    }

    @Test
    void mapFilesCanBeAddedWithoutConfiguration() throws IOException {
        Path m = file("hosts.map", "a.example be_a\n.example be_dom\n");
        PatternStore store = PatternStore.empty(V26);
        PatternRef ref = store.addMapFile(m, MatchType.DOM);
        assertThat(ref.id()).isEqualTo(2);
        assertThat(store.lookup(m.toString())).isSameAs(ref);
        assertThat(ref.lookup("www.a.example").get(0).key()).isEqualTo("a.example");
        assertThat(ref.lookup("x.example").get(0).key()).isEqualTo(".example");
        PatternRef virtual = PatternStore.empty(V30).addMap("virt@hosts", MatchType.STR);
        assertThat(virtual.reference()).isEqualTo("virt@hosts");
        assertThat(virtual.add(0, "k", "v")).isNull();
        assertThat(virtual.description())
                .isEqualTo("pattern loaded from file 'virt@hosts' used by map at file 'hapsim' line 0");
        PatternStore built = PatternStore.builder(V24).mapFile(m, MatchType.STR).build();
        assertThat(built.references()).singleElement().extracting(PatternRef::id).isEqualTo(0);
    }

    @Test
    void configWordsFollowHaproxyQuotingRules() {
        assertThat(ConfigLine.words("  acl a  path \"/a b\" '/c d' /e\\ f # comment"))
                .containsExactly("acl", "a", "path", "/a b", "/c d", "/e f");
        assertThat(ConfigLine.words("x \\x41\\t \"q\\\"q\"")).containsExactly("x", "A\t", "q\"q");
    }
}
