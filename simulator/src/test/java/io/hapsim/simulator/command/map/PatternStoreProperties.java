package io.hapsim.simulator.command.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based properties of the map commands: random sequences of add (arguments, {@code @ver}, payload), set and
 * del (by key and by pointer), clear, prepare, commit, show, get and the listing run against a target and against
 * {@link MapModel}; every answer must be identical, pointers included.
 *
 * <p>The target is anything that runs one command line (with an optional payload) on a fresh process started from
 * a given configuration: here the command handlers directly; the same properties can drive a real socket by giving
 * {@link #check(VersionProfile, List, Path, TargetFactory)} another {@link TargetFactory}.
 */
class PatternStoreProperties {

    /** What runs commands: the answer to one command line, without the terminator. */
    interface Target extends AutoCloseable {
        String execute(String commandLine, String payload);

        /** Stops what {@link TargetFactory#start} started. */
        @Override
        default void close() {
        }
    }

    private static final String CONFIG_NAME = "props.cfg";
    private static final String[] STRING_KEYS = {"a", "b", "c", "d"};
    private static final String[] INT_KEYS = {"1", "2", "3", "x"};
    private static final String[] INT_INPUTS = {"1", "2", "3", "x", "2abc", "-1"};

    /** One operation: an opcode and four numbers it interprets against the current state. */
    private static final Gen<int[]> OPERATION = Generate.intArrays(Generate.constant(5), integers().between(0, 10_000));
    private static final Gen<List<int[]>> SEQUENCES = lists().of(OPERATION).ofSizeBetween(1, 60);

    @TempDir
    Path tmp;

    @Test
    void version24() {
        property("2.4");
    }

    @Test
    void version28() {
        property("2.8");
    }

    @Test
    void version30() {
        property("3.0");
    }

    @Test
    void version32() {
        property("3.2");
    }

    private void property(String label) {
        VersionProfile profile = VersionProfiles.get(label);
        qt().withFixedSeed(label.hashCode() * 31L + 7).withExamples(300).forAll(SEQUENCES)
                .checkAssert(ops -> check(profile, ops, newInstanceDir(), PatternStoreProperties::handlers));
    }

    private Path newInstanceDir() {
        try {
            return Files.createTempDirectory(tmp, "p");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command handlers of a fresh process started from {@code config}. */
    static Target handlers(Path config, VersionProfile profile) {
        try {
            MapCli cli = new MapCli(profile,
                    PatternStore.builder(profile).config(config).build());
            return (line, payload) -> cli.run(AccessLevel.ADMIN, MapCli.words(line), payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A factory of targets: from the configuration file of a fresh instance (and the profile) to a target. */
    interface TargetFactory {
        Target start(Path config, VersionProfile profile);
    }

    /**
     * Runs one sequence: writes a fresh instance into {@code dir} (two maps: {@code m.map} used by {@code map()},
     * {@code i.map} by {@code map_int()}), starts a target on it and compares every answer with the model.
     */
    static void check(VersionProfile profile, List<int[]> ops, Path dir, TargetFactory factory) {
        String m = dir.resolve("m.map").toString();
        String i = dir.resolve("i.map").toString();
        write(dir.resolve("m.map"), "a 1\nb 2\na 3\n");
        write(dir.resolve("i.map"), "1 one\n2 two\n");
        Path config = dir.resolve(CONFIG_NAME);
        write(config, "frontend fe\n"
                + "    http-request set-var(txn.m) req.hdr(host),map(" + m + ",none)\n"
                + "    http-request set-var(txn.i) req.hdr(x),map_int(" + i + ",none)\n");
        try (Target target = factory.start(config, profile)) {
            runAgainstModel(profile, ops, target, m, i, config.toString());
        }
    }

    /** {@code configName}: how map descriptions quote the configuration (the path it was started with). */
    private static void runAgainstModel(VersionProfile profile, List<int[]> ops, Target target, String m,
            String i, String configName) {

        MapModel model = new MapModel(profile.generationScopedSetDel(), profile.showsEntryCount());
        MapModel.MapRef mref = new MapModel.MapRef(0, m, "pattern loaded from file '" + m + "' used by map at file '"
                + configName + "' line 2", false);
        MapModel.MapRef iref = new MapModel.MapRef(1, i, "pattern loaded from file '" + i + "' used by map at file '"
                + configName + "' line 3", true);
        model.refs.add(mref);
        model.refs.add(iref);
        model.loadInitial(mref, "a", "1");
        model.loadInitial(mref, "b", "2");
        model.loadInitial(mref, "a", "3");
        model.loadInitial(iref, "1", "one");
        model.loadInitial(iref, "2", "two");
        learnPointers(target, mref, mref.entries, 0);
        learnPointers(target, iref, iref.entries, 0);

        List<String> history = new ArrayList<>();
        int serial = 0;
        for (int[] op : ops) {
            MapModel.MapRef ref = op[1] % 2 == 0 ? mref : iref;
            String name = op[1] % 5 == 4 ? "#" + ref.id : ref.file;
            String[] keys = ref.integerKeys ? INT_KEYS : STRING_KEYS;
            String key = keys[op[2] % keys.length];
            String value = "v" + (serial++);
            String line;
            String payload = null;
            String expected;
            switch (op[0] % 14) {
                case 0, 1 -> {
                    line = "add map " + name + " " + key + " " + value;
                    expected = model.add(ref, null, List.<String[]>of(new String[] {key, value}));
                }
                case 2 -> {
                    long v = pickVersion(ref, op[3]);
                    line = "add map @" + v + " " + name + " " + key + " " + value;
                    expected = model.add(ref, v, List.<String[]>of(new String[] {key, value}));
                }
                case 3 -> {
                    List<String[]> pairs = new ArrayList<>();
                    StringBuilder p = new StringBuilder();
                    for (int n = 0; n <= op[4] % 3; n++) {
                        String k = keys[(op[2] + n * 7) % keys.length];
                        String val = "p" + (serial++) + (n == 1 ? " with  spaces" : "");
                        pairs.add(new String[] {k, val});
                        p.append(n == 0 ? "" : "\n").append(k).append(n == 2 ? "\t " : " ").append(val);
                    }
                    boolean versioned = op[3] % 2 == 0;
                    Long v = versioned ? pickVersion(ref, op[3] / 2) : null;
                    line = "add map " + (versioned ? "@" + v + " " : "") + name;
                    payload = p.toString();
                    expected = model.add(ref, v, pairs);
                }
                case 4 -> {
                    line = "set map " + name + " " + key + " " + value;
                    expected = model.setByKey(ref, key, value);
                }
                case 5 -> {
                    String pointer = pickPointer(ref, op[3]);
                    line = "set map " + name + " #" + pointer + " " + value;
                    expected = model.setByPointer(ref, pointer, value);
                }
                case 6 -> {
                    line = "del map " + name + " " + key;
                    expected = model.deleteByKey(ref, key);
                }
                case 7 -> {
                    String pointer = pickPointer(ref, op[3]);
                    line = "del map " + name + " #" + pointer;
                    expected = model.deleteByPointer(ref, pointer);
                }
                case 8 -> {
                    Long v = op[3] % 2 == 0 ? null : pickVersion(ref, op[3] / 2);
                    line = "clear map " + (v == null ? "" : "@" + v + " ") + name;
                    expected = model.clear(ref, v);
                }
                case 9 -> {
                    line = "prepare map " + name;
                    expected = model.prepare(ref);
                }
                case 10 -> {
                    long v = pickVersion(ref, op[3]);
                    line = "commit map @" + v + " " + name;
                    expected = model.commit(ref, v);
                }
                case 11 -> {
                    Long v = op[3] % 3 == 0 ? null : pickVersion(ref, op[3]);
                    line = "show map " + (v == null ? "" : "@" + v + " ") + name;
                    expected = model.show(ref, v);
                }
                case 12 -> {
                    String input = ref.integerKeys ? INT_INPUTS[op[3] % INT_INPUTS.length] : key;
                    line = "get map " + name + " " + input;
                    expected = model.get(ref, input);
                }
                default -> {
                    line = "show map";
                    expected = model.listing();
                }
            }
            history.add(line + (payload == null ? "" : " <<" + payload.replace("\n", "\\n")));
            String actual = target.execute(line, payload);
            assertThat(actual).as("after:\n%s", String.join("\n", history)).isEqualTo(expected);
            if (!model.justAdded.isEmpty()) {
                learnPointers(target, ref, model.justAdded, model.justAdded.get(0).version);
                model.justAdded.clear();
            }
        }
    }

    /** Picks a version near the interesting ones: current, next, around them, or small absolute numbers. */
    private static long pickVersion(MapModel.MapRef ref, int n) {
        long[] candidates = {ref.current, ref.next, ref.current + 1, ref.next + 1, ref.next + 2,
                ref.current - 1, 0, 1, 2};
        return candidates[n % candidates.length] & 0xffff_ffffL;
    }

    /** The pointer of an existing entry (any version), or one that designates nothing. */
    private static String pickPointer(MapModel.MapRef ref, int n) {
        if (ref.entries.isEmpty() || n % 7 == 0) {
            return "0x1234";
        }
        return ref.entries.get(n % ref.entries.size()).pointer;
    }

    /** Reads the pointers of freshly added entries: they are the last ones {@code show map @ver} lists. */
    private static void learnPointers(Target target, MapModel.MapRef ref, List<MapModel.Entry> added, long version) {
        String[] lines = target.execute("show map @" + version + " " + ref.file, null).split("\n");
        for (int k = 0; k < added.size(); k++) {
            String l = lines[lines.length - added.size() + k];
            added.get(k).pointer = l.substring(0, l.indexOf(' '));
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
