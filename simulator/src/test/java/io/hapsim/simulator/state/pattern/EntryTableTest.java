package io.hapsim.simulator.state.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryTableTest {

    private static byte[] b(String s) {
        return Latin1.bytes(s);
    }

    private static List<String> keys(EntryTable t) {
        List<String> out = new ArrayList<>();
        for (int s = t.first(); s != EntryTable.NIL; s = t.next(s)) {
            out.add(t.key(s));
        }
        return out;
    }

    @Test
    void addressesAreUniqueStablePointerLikeAndResolvable() {
        EntryTable t = new EntryTable(0x55d0_0000_0000L);
        Set<Long> seen = new HashSet<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            slots.add(t.append(b("k" + i), b("v" + i), 0));
        }
        for (int s : slots) {
            long a = t.address(s);
            assertThat(seen.add(a)).isTrue();
            assertThat(Long.toHexString(a)).matches("[0-9a-f]{6,16}");
            assertThat(t.slotAt(a)).isEqualTo(s);
        }
        t.remove(slots.get(10));
        assertThat(t.slotAt(t.address(slots.get(10)))).isEqualTo(EntryTable.NIL);
        assertThat(t.slotAt(t.address(slots.get(11)))).isEqualTo(slots.get(11));
        assertThat(t.slotAt(0x1234)).isEqualTo(EntryTable.NIL);
        assertThat(t.slotAt(t.address(slots.get(5)) + 1)).isEqualTo(EntryTable.NIL);
    }

    @Test
    void keepsInsertionOrderAndFindsDuplicatesOldestFirstAcrossGrowth() {
        EntryTable t = new EntryTable(0x55d0_0000_0000L);
        int first = t.append(b("dup"), b("1"), 0);
        for (int i = 0; i < 5000; i++) {
            t.append(b("k" + i), null, 0);
        }
        int second = t.append(b("dup"), b("2"), 1);
        assertThat(t.findKey(b("dup"))).isEqualTo(first);
        assertThat(t.nextSameKey(first)).isEqualTo(second);
        assertThat(t.nextSameKey(second)).isEqualTo(EntryTable.NIL);
        assertThat(t.findKeyInGeneration(b("dup"), 3, EntryTable.hash(b("dup"), 3), 1)).isEqualTo(second);
        t.remove(first);
        assertThat(t.findKey(b("dup"))).isEqualTo(second);
        assertThat(keys(t).get(0)).isEqualTo("k0");
        assertThat(keys(t).get(keys(t).size() - 1)).isEqualTo("dup");
        int reused = t.append(b("again"), b("x"), 0);
        assertThat(reused).isEqualTo(first);
        assertThat(keys(t).get(keys(t).size() - 1)).isEqualTo("again");
        assertThat(t.size()).isEqualTo(5002);
    }

    @Test
    void valuesCanBeReplacedOrRemoved() {
        EntryTable t = new EntryTable(0x55d0_0000_0000L);
        int s = t.append(b("key"), b("value"), 0);
        t.setValue(s, b("other value"));
        assertThat(t.key(s)).isEqualTo("key");
        assertThat(t.value(s)).isEqualTo("other value");
        t.setValue(s, null);
        assertThat(t.hasValue(s)).isFalse();
        assertThat(t.value(s)).isNull();
        t.setValue(s, b(""));
        assertThat(t.value(s)).isEmpty();
    }

    @Test
    void aCursorSurvivesTheDeletionOfItsEntry() {
        EntryTable t = new EntryTable(0x55d0_0000_0000L);
        int a = t.append(b("a"), null, 0);
        int bb = t.append(b("b"), null, 0);
        int c = t.append(b("c"), null, 0);
        EntryTable.Cursor cursor = t.openCursor();
        assertThat(cursor.slot()).isEqualTo(a);
        t.advance(cursor);
        assertThat(cursor.slot()).isEqualTo(bb);
        t.remove(bb);
        assertThat(cursor.slot()).isEqualTo(c);
        t.remove(c);
        assertThat(cursor.slot()).isEqualTo(EntryTable.NIL);
        int d = t.append(b("d"), null, 0);
        assertThat(cursor.slot()).isEqualTo(EntryTable.NIL);
        EntryTable.Cursor other = t.openCursor();
        t.remove(a);
        assertThat(other.slot()).isEqualTo(d);
        t.close(other);
        t.remove(d);
        assertThat(other.slot()).isEqualTo(EntryTable.NIL);
    }
}
