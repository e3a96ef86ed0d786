package io.hapsim.client.master;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.LiveEntry;
import io.hapsim.client.map.MapEntry;
import io.hapsim.client.map.SyncOptions;
import io.hapsim.client.map.SyncResult;
import io.hapsim.simulator.master.MasterWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reload loses every change made at runtime: the new worker loads its maps from their files. A client that keeps a
 * map equal to a source of its own must therefore sync again after a reload, and its sync finds the same difference
 * to apply as the first time.
 */
class MasterCliReloadResetsRuntimeChangesTest {

    private static final List<MapEntry> ON_DISK = List.of(
            new MapEntry("a.example", "be_a"),
            new MapEntry("b.example", "be_b"),
            new MapEntry("old.example", "be_old"));
    private static final List<MapEntry> DESIRED = List.of(
            new MapEntry("a.example", "be_a"),
            new MapEntry("b.example", "be_b2"),
            new MapEntry("c.example", "be_c"),
            new MapEntry("d.example", "be_d"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aReloadBringsTheMapBackToItsFileAndTheNextSyncAppliesTheSourceAgain(String version) throws IOException {
        Path mapFile = write("hosts.map", ON_DISK);
        Path source = write("desired.map", DESIRED);
        String map = mapFile.toString();
        SyncOptions byDiff = SyncOptions.defaults().method(SyncOptions.Method.DIFF);
        try (MasterWorker haproxy = start(version, mapFile)) {
            MasterCli master = MasterCli.of(CliAddress.unix(haproxy.masterSocket()));

            SyncResult first = master.worker().maps().sync(map, source, byDiff);
            assertThat(List.of(first.added(), first.updated(), first.deleted())).containsExactly(2L, 1L, 1L);
            assertThat(entries(master.worker(), map)).isEqualTo(DESIRED);

            master.reload();
            assertThat(entries(master.worker(), map)).as("the new worker loaded the map from its file")
                    .isEqualTo(ON_DISK);

            SyncResult again = master.worker().maps().sync(map, source, byDiff);
            assertThat(again.method()).isEqualTo("DIFF");
            assertThat(List.of(again.added(), again.updated(), again.deleted())).as("the same difference, re-applied")
                    .containsExactly(2L, 1L, 1L);
            assertThat(entries(master.worker(), map)).isEqualTo(DESIRED);
            assertThat(master.worker().maps().sync(map, source, byDiff).method()).isEqualTo("NONE");
        }
    }

    private Path write(String name, List<MapEntry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> text.append(e.key()).append(' ').append(e.value()).append('\n'));
        return Files.writeString(dir.resolve(name), text);
    }

    private MasterWorker start(String version, Path mapFile) throws IOException {
        Path config = Files.writeString(dir.resolve("haproxy.cfg"), "global\n"
                + "frontend fe\n    mode http\n    bind unix@" + dir.resolve("fe.sock") + "\n"
                + "    http-request set-var(txn.be) req.hdr(host),map(" + mapFile + ",none)\n");
        return MasterWorker.builder().version(version).config(config).masterSocket(dir.resolve("master.sock"))
                .log(line -> { }).start();
    }

    private static List<MapEntry> entries(HaproxyCli cli, String map) {
        return cli.maps().show(map).stream().map(LiveEntry::entry).toList();
    }
}
