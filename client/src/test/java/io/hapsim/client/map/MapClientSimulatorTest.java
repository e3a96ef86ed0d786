package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.error.EntryNotFoundException;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.InvalidEntryException;
import io.hapsim.client.error.UnknownMapException;
import io.hapsim.client.error.VersionInFutureException;
import io.hapsim.client.error.VersionOutOfRangeException;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Map operations and their typed errors against every simulated profile. */
class MapClientSimulatorTest {

    static Stream<String> profiles() {
        return Instances.PROFILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void listShowGetAndSingleEntryChanges(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            MapClient maps = haproxy.cli().maps();
            String a = haproxy.stringMap();
            MapInfo info = maps.require(a);
            assertThat(info.currentVersion()).isZero();
            assertThat(info.entryCount().isPresent()).isEqualTo(!profile.equals("2.4"));
            assertThat(maps.show(a)).extracting(LiveEntry::entry).containsExactly(
                    new MapEntry("example.com", "be_example"), new MapEntry("foo.local", "be_foo"),
                    new MapEntry("bar.local", "be_bar"));
            assertThat(maps.get(a, "foo.local")).singleElement().satisfies(l -> {
                assertThat(l.found()).isTrue();
                assertThat(l.value()).isEqualTo("be_foo");
            });
            assertThat(maps.get(a, "nope.local")).singleElement().satisfies(l -> assertThat(l.found()).isFalse());

            // keys and values that need escaping on a command line
            maps.add(a, "we;ird\\key<<", "value with  spaces; and \\ <<");
            maps.add(a, "#0xnot-a-pointer", "hash");
            maps.add(a, "empty", "");
            assertThat(maps.show(a)).extracting(LiveEntry::entry).contains(
                    new MapEntry("we;ird\\key<<", "value with  spaces; and \\ <<"),
                    new MapEntry("#0xnot-a-pointer", "hash"), new MapEntry("empty", ""));
            maps.set(a, "we;ird\\key<<", "new value");
            maps.set(a, "#0xnot-a-pointer", "hash2");
            assertThat(maps.get(a, "we;ird\\key<<").get(0).value()).isEqualTo("new value");
            maps.delete(a, "#0xnot-a-pointer");
            maps.delete(a, "we;ird\\key<<");
            LiveEntry foo = maps.show(a).stream().filter(e -> e.key().equals("foo.local")).findFirst().orElseThrow();
            maps.setEntry(a, foo.address(), "by_pointer");
            assertThat(maps.get(a, "foo.local").get(0).value()).isEqualTo("by_pointer");
            maps.deleteEntry(a, foo.address());
            assertThat(maps.show(a)).extracting(LiveEntry::key).containsExactly("example.com", "bar.local", "empty");
            maps.clear(a);
            assertThat(maps.show(a)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyErrorIsTyped(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            MapClient maps = haproxy.cli().maps();
            String a = haproxy.stringMap();
            assertThatThrownBy(() -> maps.show("/no/such.map")).isInstanceOf(UnknownMapException.class);
            assertThatThrownBy(() -> maps.prepare("/no/such.map")).isInstanceOf(UnknownMapException.class);
            assertThatThrownBy(() -> maps.add("/no/such.map", "k", "v")).isInstanceOf(UnknownMapException.class);
            assertThatThrownBy(() -> maps.commit(a, 5)).isInstanceOf(VersionOutOfRangeException.class)
                    .satisfies(e -> assertThat(((VersionOutOfRangeException) e).kind())
                            .isEqualTo(ErrorKind.VERSION_OUT_OF_RANGE));
            assertThat(maps.add(a, List.of(new MapEntry("k", "v"), new MapEntry("k2", "")).iterator())).isEqualTo(2);
            long v = maps.prepare(a);
            assertThatThrownBy(() -> maps.add(haproxy.ipMap(), "not-an-ip", "x"))
                    .isInstanceOf(InvalidEntryException.class)
                    .satisfies(e -> assertThat(((InvalidEntryException) e).kind()).isEqualTo(ErrorKind.INVALID_IP));
            assertThatThrownBy(() -> maps.delete(a, "absent")).isInstanceOf(EntryNotFoundException.class)
                    .satisfies(e -> assertThat(((EntryNotFoundException) e).kind()).isEqualTo(ErrorKind.KEY_NOT_FOUND));
            assertThatThrownBy(() -> maps.set(a, "absent", "x")).isInstanceOf(EntryNotFoundException.class)
                    .satisfies(e -> assertThat(((EntryNotFoundException) e).kind()).isEqualTo(ErrorKind.ENTRY_NOT_FOUND));
            String futureAdd = "add map @" + (v + 7) + " " + a + " k v";
            assertThatThrownBy(() -> io.hapsim.client.error.ErrorClassifier.requireEmpty(futureAdd,
                    haproxy.cli().execute(futureAdd))).isInstanceOf(VersionInFutureException.class);
        }
    }
}
