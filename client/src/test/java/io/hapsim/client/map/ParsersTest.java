package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void mapListingLinesWithAndWithoutEntryCount() {
        MapInfo m = MapInfo.parse("2 (/tmp/hx-1/a.map) pattern loaded from file '/tmp/hx-1/a.map' used by map at file "
                + "'/tmp/hx-1/haproxy.cfg' line 16. curr_ver=3 next_ver=4 entry_cnt=12");
        assertThat(m.id()).isEqualTo(2);
        assertThat(m.file()).isEqualTo("/tmp/hx-1/a.map");
        assertThat(m.description()).startsWith("pattern loaded from file").endsWith("line 16");
        assertThat(m.currentVersion()).isEqualTo(3);
        assertThat(m.nextVersion()).isEqualTo(4);
        assertThat(m.entryCount()).hasValue(12);
        assertThat(m.hasPendingVersion()).isTrue();
        MapInfo old = MapInfo.parse("0 (/etc/m.map) pattern loaded from file '/etc/m.map' used by map at file "
                + "'/etc/h.cfg' line 3. curr_ver=0 next_ver=0");
        assertThat(old.entryCount()).isEmpty();
        assertThat(MapInfo.parse("# id (file) description")).isNull();
    }

    @Test
    void entryLines() {
        assertThat(LiveEntry.parse("0x55a825543160 example.com be1"))
                .isEqualTo(new LiveEntry("0x55a825543160", "example.com", "be1"));
        assertThat(LiveEntry.parse("0x1 k value with spaces ").value()).isEqualTo("value with spaces ");
        assertThat(LiveEntry.parse("0x1 k ").value()).isEmpty();
        assertThat(LiveEntry.parse("0x1 aclpattern")).isEqualTo(new LiveEntry("0x1", "aclpattern", ""));
        assertThat(LiveEntry.parse("Unknown map identifier.")).isNull();
        assertThat(new LiveEntry("0x1", "k", "v").reference()).isEqualTo("#0x1");
    }

    @Test
    void lookups() {
        Lookup hit = Lookup.parse("type=str, case=sensitive, found=yes, idx=tree, key=\"example.com\", "
                + "value=\"be1\", type=\"str\"");
        assertThat(hit.found()).isTrue();
        assertThat(hit.matchType()).isEqualTo("str");
        assertThat(hit.key()).isEqualTo("example.com");
        assertThat(hit.value()).isEqualTo("be1");
        assertThat(hit.fields()).containsEntry("smp_type", "str").containsEntry("idx", "tree");
        Lookup miss = Lookup.parse("type=ip, case=sensitive, found=no");
        assertThat(miss.found()).isFalse();
        assertThat(miss.value()).isNull();
        Lookup acl = Lookup.parse("type=sub, case=insensitive, match=yes, idx=list, pattern=\"curl\"");
        assertThat(acl.found()).isTrue();
        assertThat(acl.key()).isEqualTo("curl");
    }
}
