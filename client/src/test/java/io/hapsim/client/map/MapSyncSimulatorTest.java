package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Incremental sync: diff for small changes, atomic replacement for big ones or duplicated keys. */
class MapSyncSimulatorTest {

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        Path f = Files.createTempFile(tmp, "desired", ".map");
        Files.writeString(f, text, java.nio.charset.StandardCharsets.ISO_8859_1);
        return f;
    }

    private static List<MapEntry> live(HaproxyCli cli, String map) {
        List<MapEntry> out = new ArrayList<>();
        cli.maps().show(map).forEach(e -> out.add(e.entry()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.4", "2.8", "3.0", "3.2"})
    void smallChangesAreAppliedAsADiff(String profile) throws IOException {
        try (Instance haproxy = Instances.simulator(profile)) {
            HaproxyCli cli = haproxy.cli();
            String a = haproxy.stringMap();
            cli.maps().add(a, "#0xkeep", "same");
            cli.maps().add(a, "to-empty", "x");
            LiveEntry example = cli.maps().show(a).get(0);
            // example.com changes value, foo.local goes, bar.local stays, two keys are new (one tricky)
            Path desired = file("example.com be_new\nbar.local be_bar\nnew;#\\key v a l\n#0xkeep same\n"
                    + "to-empty \nfresh.local be_fresh\n");
            SyncResult r = cli.maps().sync(a, desired, SyncOptions.defaults());
            assertThat(r.method()).isEqualTo("DIFF");
            assertThat(r.added()).isEqualTo(3);
            assertThat(r.updated()).isEqualTo(1);
            assertThat(r.deleted()).as("foo.local, to-empty (re-added), and #0xkeep: a comment line in a map file")
                    .isEqualTo(3);
            assertThat(live(cli, a)).containsExactlyInAnyOrder(new MapEntry("example.com", "be_new"),
                    new MapEntry("bar.local", "be_bar"), new MapEntry("new;#\\key", "v a l"),
                    new MapEntry("to-empty", ""),
                    new MapEntry("fresh.local", "be_fresh"));
            // updated in place: same entry, no new version
            assertThat(cli.maps().show(a).get(0).address()).isEqualTo(example.address());
            assertThat(cli.maps().require(a).currentVersion()).isZero();
            assertThat(cli.maps().sync(a, desired, SyncOptions.defaults()).method()).isEqualTo("NONE");
        }
    }

    @Test
    void bigChangesAndDuplicatesReplaceAtomically() throws IOException {
        try (Instance haproxy = Instances.simulator("3.0")) {
            HaproxyCli cli = haproxy.cli();
            String a = haproxy.stringMap();
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                big.append("h").append(i).append(" v").append(i).append('\n');
            }
            SyncResult r = cli.maps().sync(a, file(big.toString()), SyncOptions.defaults());
            assertThat(r.method()).isEqualTo("REPLACE");
            assertThat(r.entries()).isEqualTo(500);
            assertThat(cli.maps().require(a).currentVersion()).isEqualTo(1);
            SyncResult dup = cli.maps().sync(a, file("k 1\nk 2\n"), SyncOptions.defaults());
            assertThat(dup.method()).isEqualTo("REPLACE");
            assertThat(dup.reason()).contains("duplicated");
            assertThat(live(cli, a)).containsExactly(new MapEntry("k", "1"), new MapEntry("k", "2"));
            assertThatThrownBy(() -> cli.maps().sync(a, file("x 1\n"),
                    SyncOptions.defaults().method(SyncOptions.Method.DIFF)))
                    .isInstanceOf(HaproxyException.class).hasMessageContaining("duplicated");
            SyncResult forced = cli.maps().sync(a, file("k 1\n"), SyncOptions.defaults()
                    .method(SyncOptions.Method.REPLACE));
            assertThat(forced.method()).isEqualTo("REPLACE");
            assertThat(live(cli, a)).containsExactly(new MapEntry("k", "1"));
            SyncResult limited = cli.maps().sync(a, file("k 2\nl 1\nm 1\n"), SyncOptions.defaults().maxDiff(2));
            assertThat(limited.method()).isEqualTo("REPLACE");
        }
    }
}
