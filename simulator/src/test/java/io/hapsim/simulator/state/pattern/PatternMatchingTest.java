package io.hapsim.simulator.state.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code get map} semantics per matching method: what matches, which entry wins, tree or list. */
class PatternMatchingTest {

    /** A map reference with one use, holding {@code key value} pairs in version 0. */
    static PatternRef map(MatchType match, boolean ignoreCase, ValueType output, String... keyValues) {
        PatternRef ref = new PatternRef(0, "/m", "d", PatternRef.MAP | PatternRef.SAMPLES, 0x55d0_0000_0000L, new PatternTally());
        ref.expressions().add(new PatternExpr(match, ignoreCase, output, true));
        for (int i = 0; i < keyValues.length; i += 2) {
            assertThat(ref.add(0, keyValues[i], keyValues[i + 1])).isNull();
        }
        return ref;
    }

    static PatternRef acl(MatchType match, boolean ignoreCase, String... patterns) {
        PatternRef ref = new PatternRef(0, null, "d", PatternRef.ACL, 0x55e0_0000_0000L, new PatternTally());
        ref.expressions().add(new PatternExpr(match, ignoreCase, null, false));
        for (String p : patterns) {
            assertThat(ref.add(0, p, null)).isNull();
        }
        return ref;
    }

    /** "key/tree" of the match, or "-" when none. */
    static String hit(PatternRef ref, String input) {
        PatternRef.Lookup l = ref.lookup(input).get(0);
        return l.found() ? l.key() + "/" + (l.tree() ? "tree" : "list") : "-";
    }

    @Test
    void exactStringsUseTheTreeAndTheEarliestDuplicate() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR, "a", "1", "b", "2", "a", "3");
        assertThat(hit(ref, "a")).isEqualTo("a/tree");
        assertThat(ref.lookup("a").get(0).value()).isEqualTo("1");
        assertThat(hit(ref, "A")).isEqualTo("-");
        assertThat(hit(ref, "ab")).isEqualTo("-");
        assertThat(hit(ref, "")).isEqualTo("-");
    }

    @Test
    void caseInsensitiveStringsUseTheList() {
        PatternRef ref = map(MatchType.STR, true, ValueType.STR, "Example.COM", "1");
        assertThat(hit(ref, "example.com")).isEqualTo("Example.COM/list");
    }

    @Test
    void prefixesFindTheLongestOne() {
        PatternRef ref = map(MatchType.BEG, false, ValueType.STR, "/api", "api", "/api/v2", "v2", "/", "root");
        assertThat(hit(ref, "/api/v1")).isEqualTo("/api/tree");
        assertThat(hit(ref, "/api/v2/x")).isEqualTo("/api/v2/tree");
        assertThat(hit(ref, "/other")).isEqualTo("//tree");
        assertThat(hit(ref, "x")).isEqualTo("-");
        assertThat(hit(map(MatchType.BEG, true, ValueType.STR, "/API", "x"), "/api/1")).isEqualTo("/API/list");
        assertThat(hit(map(MatchType.BEG, false, ValueType.STR, "", "all"), "anything")).isEqualTo("/tree");
    }

    @Test
    void suffixesSubstringsAndRegexesScanTheListInOrder() {
        assertThat(hit(map(MatchType.END, false, ValueType.STR, ".org", "1", "e.org", "2"), "site.org"))
                .isEqualTo(".org/list");
        assertThat(hit(map(MatchType.SUB, false, ValueType.STR, "zz", "1", "bot", "2"), "a-bot-b"))
                .isEqualTo("bot/list");
        PatternRef reg = map(MatchType.REG, false, ValueType.STR, "^/a.*b$", "r1", "x+", "r2");
        assertThat(hit(reg, "/axxb")).isEqualTo("^/a.*b$/list");
        assertThat(hit(reg, "yyxy")).isEqualTo("x+/list");
        assertThat(hit(reg, "/AXXB")).isEqualTo("-");
        assertThat(hit(map(MatchType.REG, true, ValueType.STR, "^/a.*b$", "r1"), "/AXXB")).isEqualTo("^/a.*b$/list");
    }

    @Test
    void domainsAndDirectoriesMatchWholeWords() {
        PatternRef dom = map(MatchType.DOM, false, ValueType.STR, ".example.com", "d1");
        assertThat(hit(dom, "www.example.com")).isEqualTo(".example.com/list");
        assertThat(hit(dom, "example.com:8080")).isEqualTo(".example.com/list");
        assertThat(hit(dom, "badexample.com")).isEqualTo("-");
        PatternRef dir = map(MatchType.DIR, false, ValueType.STR, "/img/", "i");
        assertThat(hit(dir, "/static/img/a.png")).isEqualTo("/img//list");
        assertThat(hit(dir, "/images/a")).isEqualTo("-");
        assertThat(hit(dir, "/a?img")).isEqualTo("/img//list");
    }

    @Test
    void integersMatchRanges() {
        PatternRef ref = map(MatchType.INT, false, ValueType.STR, "1", "one", "100", "hundred", "200:300", "r",
                ":-5", "neg", "1000-", "big");
        assertThat(hit(ref, "100")).isEqualTo("100/list");
        assertThat(hit(ref, "250")).isEqualTo("200:300/list");
        assertThat(hit(ref, "-10")).isEqualTo(":-5/list");
        assertThat(hit(ref, "5000")).isEqualTo("1000-/list");
        assertThat(hit(ref, "100abc")).isEqualTo("100/list");
        assertThat(hit(ref, "abc")).isEqualTo("-");
        assertThat(hit(ref, "")).isEqualTo("-");
        assertThat(hit(ref, "50")).isEqualTo("-");
    }

    @Test
    void addressesUseLongestPrefixInBothFamilies() {
        PatternRef ref = map(MatchType.IP, false, ValueType.STR, "10.0.0.0/8", "lan", "10.1.0.0/16", "sub",
                "127.0.0.1", "local", "2001:db8::/32", "v6", "::ffff:192.168.0.0/112", "mapped",
                "10.0.0.0/255.0.255.0", "odd");
        assertThat(hit(ref, "10.2.3.4")).isEqualTo("10.0.0.0/8/tree");
        assertThat(hit(ref, "10.1.3.4")).isEqualTo("10.1.0.0/16/tree");
        assertThat(hit(ref, "127.0.0.1")).isEqualTo("127.0.0.1/tree");
        assertThat(hit(ref, "127.0.0.2")).isEqualTo("-");
        assertThat(hit(ref, "2001:db8:1::5")).isEqualTo("2001:db8::/32/tree");
        assertThat(hit(ref, "192.168.7.7")).isEqualTo("::ffff:192.168.0.0/112/tree");
        assertThat(hit(ref, "::ffff:10.9.9.9")).isEqualTo("10.0.0.0/8/tree");
        assertThat(hit(ref, "notanip")).isEqualTo("-");
        assertThat(hit(ref, "::1")).isEqualTo("-");
        // a sample is read up to the end of its leading dotted quad, as HAProxy converts text to an address
        assertThat(hit(ref, "10.2.3.4/33")).isEqualTo("10.0.0.0/8/tree");
        assertThat(hit(ref, "010.2.3.4x")).isEqualTo("10.0.0.0/8/tree");
        assertThat(hit(ref, "127.0.0.1:80")).isEqualTo("127.0.0.1/tree");
        assertThat(hit(ref, "10.2.3.4.5")).isEqualTo("-");
        assertThat(hit(ref, "10.2.3")).isEqualTo("-");
        assertThat(hit(ref, "10.2.3.256")).isEqualTo("-");
        assertThat(hit(ref, "2001:db8::1/64")).isEqualTo("-");
        PatternRef odd = map(MatchType.IP, false, ValueType.STR, "10.0.0.0/255.0.255.0", "odd");
        assertThat(hit(odd, "10.77.0.1")).isEqualTo("10.0.0.0/255.0.255.0/list");
        assertThat(hit(odd, "10.77.1.1")).isEqualTo("-");
    }

    @Test
    void lengthsBooleansAndFound() {
        assertThat(hit(acl(MatchType.LEN, false, "3:4"), "abcd")).isEqualTo("3:4/list");
        PatternRef.Lookup bool = acl(MatchType.BOOL, false).lookup("5").get(0);
        assertThat(bool.found()).isTrue();
        assertThat(bool.key()).isNull();
        assertThat(acl(MatchType.BOOL, false).lookup("0").get(0).found()).isFalse();
        PatternRef.Lookup found = acl(MatchType.FOUND, false).lookup("x").get(0);
        assertThat(found.matchName()).isEqualTo("found");
        assertThat(found.found()).isFalse();
        assertThat(hit(acl(MatchType.BIN, false, "4142"), "AB")).isEqualTo("4142/list");
    }

    @Test
    void onlyTheCurrentVersionIsMatched() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR, "k", "v0");
        int v1 = ref.prepare();
        assertThat(ref.add(v1, "k", "v1")).isNull();
        assertThat(ref.add(v1, "n", "new")).isNull();
        assertThat(ref.lookup("k").get(0).value()).isEqualTo("v0");
        assertThat(hit(ref, "n")).isEqualTo("-");
        assertThat(ref.commit(v1)).isTrue();
        assertThat(ref.lookup("k").get(0).value()).isEqualTo("v1");
        assertThat(hit(ref, "n")).isEqualTo("n/tree");
        PatternRef beg = map(MatchType.BEG, false, ValueType.STR, "/a", "old");
        int b1 = beg.prepare();
        beg.add(b1, "/a/b", "pending");
        assertThat(hit(beg, "/a/b/c")).isEqualTo("/a/tree");
        PatternRef ip = map(MatchType.IP, false, ValueType.STR, "10.0.0.0/8", "old");
        ip.add(ip.prepare(), "10.1.0.0/16", "pending");
        assertThat(hit(ip, "10.1.1.1")).isEqualTo("10.0.0.0/8/tree");
    }

    @Test
    void typedOutputsReportTheParsedType() {
        PatternRef ints = map(MatchType.STR, false, ValueType.SINT, "a", "42", "b", "-7");
        assertThat(ints.lookup("a").get(0).valueType()).isEqualTo("sint");
        assertThat(ints.add(0, "c", "4x")).isEqualTo("unable to parse '4x'");
        PatternRef ips = map(MatchType.STR, false, ValueType.ADDR, "a", "1.2.3.4", "b", "::1");
        assertThat(ips.lookup("a").get(0).valueType()).isEqualTo("ipv4");
        assertThat(ips.lookup("b").get(0).valueType()).isEqualTo("ipv6");
        assertThat(ips.add(0, "c", "host")).isEqualTo("unable to parse 'host'");
    }

    @Test
    void keyParsersReportHaproxyErrors() {
        PatternRef ip = map(MatchType.IP, false, ValueType.STR);
        assertThat(ip.add(0, "notanip", "v")).isEqualTo("'notanip' is not a valid IPv4 or IPv6 address");
        assertThat(ip.add(0, "10.0.0.1/33", "v")).isEqualTo("'10.0.0.1/33' is not a valid IPv4 or IPv6 address");
        assertThat(ip.add(0, "::1/129", "v")).isEqualTo("'::1/129' is not a valid IPv4 or IPv6 address");
        PatternRef ints = map(MatchType.INT, false, ValueType.STR);
        assertThat(ints.add(0, "abc", "v")).isEqualTo("'abc' is not a number");
        assertThat(ints.add(0, "5:1", "v")).isEqualTo("'5:1' is not a valid number range");
        assertThat(ints.add(0, "", "v")).isEqualTo("'' is not a valid number range");
        PatternRef reg = map(MatchType.REG, false, ValueType.STR);
        assertThat(reg.add(0, "([", "v")).isEqualTo("regex '([' is invalid");
        assertThat(ints.entryCount()).isEqualTo(-3L);
        assertThat(Long.toUnsignedString(ints.entryCount())).isEqualTo("18446744073709551613");
    }
}
