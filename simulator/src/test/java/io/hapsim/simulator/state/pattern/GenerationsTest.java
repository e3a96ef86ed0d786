package io.hapsim.simulator.state.pattern;

import static io.hapsim.simulator.state.pattern.PatternMatchingTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions: prepare, add @N, commit (with its purge window), clear, and the scope of key-based set/del. */
class GenerationsTest {

    private static List<String> show(PatternRef ref, int version) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = ref.dump(version); it.hasNext();) {
            out.add(it.next().replaceFirst("^0x[0-9a-f]+ ", "").trim());
        }
        return out;
    }

    @Test
    void commitSwitchesVersionsAndPurgesEveryOlderOne() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR, "a", "0");
        int v1 = ref.prepare();
        int v2 = ref.prepare();
        ref.add(v1, "b", "1");
        ref.add(v2, "c", "2");
        assertThat(ref.commit(v1)).isTrue();
        assertThat(show(ref, 0)).isEmpty();
        assertThat(show(ref, v1)).containsExactly("b 1");
        assertThat(show(ref, v2)).containsExactly("c 2");
        assertThat(ref.entryCount()).isEqualTo(2);
        assertThat(ref.commit(v2)).isTrue();
        assertThat(show(ref, v1)).isEmpty();
        assertThat(ref.commit(v1)).isFalse();
        assertThat(ref.commit(v2)).isFalse();
        assertThat(ref.commit(v2 + 1)).isFalse();
        assertThat(ref.currentVersion()).isEqualTo(2);
        assertThat(ref.nextVersion()).isEqualTo(2);
    }

    @Test
    void committingAnOlderPreparedVersionKeepsTheNewerOnePending() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR);
        int v1 = ref.prepare();
        int v2 = ref.prepare();
        ref.add(v2, "x", "2");
        assertThat(ref.commit(v1)).isTrue();
        assertThat(show(ref, v2)).containsExactly("x 2");
        assertThat(ref.commit(v2)).isTrue();
        assertThat(ref.lookup("x").get(0).found()).isTrue();
    }

    @Test
    void versionsWrapAroundAt32Bits() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR);
        ref.forceVersions(-3, -3); // 0xfffffffd
        ref.add(-3, "old", "o");
        int a = ref.prepare(); // 0xfffffffe
        int b = ref.prepare(); // 0xffffffff
        int c = ref.prepare(); // 0 again
        assertThat(c).isZero();
        ref.add(c, "wrapped", "w");
        ref.add(a, "a", "a");
        assertThat(ref.isFutureVersion(c + 1)).isTrue();
        assertThat(ref.isFutureVersion(b)).isFalse();
        assertThat(ref.commit(c)).isTrue();
        assertThat(ref.currentVersion()).isZero();
        assertThat(show(ref, 0)).containsExactly("wrapped w");
        assertThat(show(ref, -3)).isEmpty();
        assertThat(show(ref, a)).isEmpty();
        assertThat(ref.commit(a)).isFalse();
    }

    @Test
    void aVersionMoreThanHalfTheRangeAwayCannotBeCommitted() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR);
        ref.forceVersions(0, -3);
        assertThat(ref.commit(-3)).isFalse();
        assertThat(ref.commit(5)).isTrue();
        assertThat(ref.currentVersion()).isEqualTo(5);
    }

    @Test
    void addingToAnOldVersionIsAcceptedButInvisible() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR, "k", "0");
        int v1 = ref.prepare();
        int v2 = ref.prepare();
        assertThat(ref.commit(v2)).isTrue();
        assertThat(ref.isFutureVersion(v1)).isFalse();
        ref.add(v1, "late", "x");
        assertThat(show(ref, v1)).containsExactly("late x");
        assertThat(ref.lookup("late").get(0).found()).isFalse();
        ref.clear(v1);
        assertThat(show(ref, v1)).isEmpty();
    }

    @Test
    void keyScopedSetAndDeleteFollowTheRequestedScope() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR, "k", "a", "k", "b");
        int v1 = ref.prepare();
        ref.add(v1, "k", "c");
        ref.add(v1, "j", "d");
        assertThat(ref.deleteByKey("j", true)).isZero();
        assertThat(ref.setByKey("k", "S", true)).isEqualTo(PatternRef.SetOutcome.DONE);
        assertThat(show(ref, 0)).containsExactly("k S", "k S");
        assertThat(show(ref, v1)).containsExactly("k c", "j d");
        assertThat(ref.setByKey("k", "T", false)).isEqualTo(PatternRef.SetOutcome.DONE);
        assertThat(show(ref, v1)).containsExactly("k T", "j d");
        assertThat(ref.deleteByKey("k", true)).isEqualTo(2);
        assertThat(show(ref, v1)).containsExactly("k T", "j d");
        assertThat(ref.deleteByKey("k", false)).isEqualTo(1);
        assertThat(ref.setByKey("k", "x", false)).isEqualTo(PatternRef.SetOutcome.NOT_FOUND);
    }

    @Test
    void addressedSetAndDeleteIgnoreVersions() {
        PatternRef ref = map(MatchType.STR, false, ValueType.SINT, "k", "1");
        int v1 = ref.prepare();
        ref.add(v1, "p", "2");
        long addr = ref.addressOf("p");
        assertThat(ref.setAt(addr, "x")).isEqualTo(PatternRef.SetOutcome.UNPARSABLE);
        assertThat(ref.setAt(addr, "3")).isEqualTo(PatternRef.SetOutcome.DONE);
        assertThat(show(ref, v1)).containsExactly("p 3");
        assertThat(ref.setAt(0x1234, "3")).isEqualTo(PatternRef.SetOutcome.NOT_FOUND);
        assertThat(ref.deleteAt(addr)).isTrue();
        assertThat(ref.deleteAt(addr)).isFalse();
    }

    @Test
    void aDumpInProgressSkipsDeletedEntriesAndSeesAppendedOnes() {
        PatternRef ref = map(MatchType.STR, false, ValueType.STR, "a", "1", "b", "2", "c", "3");
        Iterator<String> dump = ref.dump(0);
        assertThat(dump.next()).endsWith(" a 1\n");
        ref.deleteByKey("b", false);
        ref.add(0, "d", "4");
        List<String> rest = new ArrayList<>();
        dump.forEachRemaining(rest::add);
        assertThat(rest).hasSize(2);
        assertThat(rest.get(0)).endsWith(" c 3\n");
        assertThat(rest.get(1)).endsWith(" d 4\n");
    }

    @Test
    void anEmptiedReferenceGivesItsArraysBackAndStaysUsable() {
        PatternRef ref = map(MatchType.IP, false, ValueType.STR);
        for (int i = 0; i < 5000; i++) {
            ref.add(0, "10." + (i / 250) + "." + (i % 250) + ".0/24", "n" + i);
        }
        assertThat(ref.entries().capacity()).isGreaterThanOrEqualTo(5000);

        ref.clear(0);
        assertThat(ref.entries().capacity()).as("after clear").isZero();

        ref.add(0, "10.1.2.0/24", "again");
        assertThat(show(ref, 0)).containsExactly("10.1.2.0/24 again");
        assertThat(ref.lookup("10.1.2.3").get(0).found()).isTrue();
        assertThat(ref.lookup("10.0.0.1").get(0).found()).isFalse();
    }
}
