package io.hapsim.client.map;

import io.hapsim.client.RuntimeApi;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.error.UnknownMapException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Map operations on one HAProxy ({@code HaproxyCli.maps()}, or {@code new MapClient(runtimeApi)}). Every method is one or more one-shot commands; errors
 * come back as typed exceptions ({@link io.hapsim.client.error}). {@code map} is a reference as HAProxy takes it:
 * the file name as written in the configuration, or {@code #id}.
 */
public final class MapClient {

    private static final Pattern NEW_VERSION = Pattern.compile("^New version created: (\\d+)\\s*$");

    private final RuntimeApi cli;

    public MapClient(RuntimeApi cli) {
        this.cli = cli;
    }

    MapClient withTimeout(Duration readTimeout) {
        return new MapClient(cli.withOptions(cli.options().readTimeout(readTimeout)));
    }

    private Charset charset() {
        return cli.options().charset();
    }

    private String run(String command) {
        String answer = cli.execute(command);
        ErrorClassifier.requireEmpty(command, answer);
        return answer;
    }

    private static String ref(String map) {
        return CommandWords.escape(map);
    }

    /** {@code show map}: every map with its versions. */
    public List<MapInfo> list() {
        String answer = cli.execute("show map");
        List<MapInfo> maps = new ArrayList<>();
        for (String line : answer.split("\n")) {
            MapInfo info = MapInfo.parse(line);
            if (info != null) {
                maps.add(info);
            } else if (!line.isEmpty() && !line.startsWith("# ")) {
                ErrorClassifier.requireEmpty("show map", answer);
            }
        }
        return maps;
    }

    /** The listing line of one map, by file name or {@code #id}. */
    public Optional<MapInfo> info(String map) {
        return list().stream().filter(m -> m.file().equals(map) || ("#" + m.id()).equals(map)
                || ("file@" + m.file()).equals(map)).findFirst();
    }

    /** {@code show map <map>}: the current version's entries. */
    public List<LiveEntry> show(String map) {
        List<LiveEntry> entries = new ArrayList<>();
        show(map, OptionalLong.empty(), entries::add);
        return entries;
    }

    /** Streams the entries of {@code version} (or of the current version) to {@code each}, in HAProxy's order. */
    public void show(String map, OptionalLong version, Consumer<LiveEntry> each) {
        String command = showCommand(map, version);
        Charset cs = charset();
        List<String> odd = new ArrayList<>(1);
        cli.stream(command, (buf, off, len) -> {
            String line = new String(buf, off, len, cs);
            LiveEntry e = LiveEntry.parse(line);
            if (e != null) {
                each.accept(e);
            } else if (odd.isEmpty()) {
                odd.add(line);
            }
        });
        failOnOddLine(command, odd);
    }

    /** Count and checksum of the entries of {@code version} (streamed: constant memory). */
    public MapChecksum checksum(String map, long version) {
        return checksum(map, OptionalLong.of(version));
    }

    /** Count and checksum of the entries of {@code version} or of the current version. */
    public MapChecksum checksum(String map, OptionalLong version) {
        String command = showCommand(map, version);
        MapChecksum.Builder sum = MapChecksum.builder();
        List<String> odd = new ArrayList<>(1);
        cli.stream(command, (buf, off, len) -> {
            if (len > 2 && buf[off] == '0' && buf[off + 1] == 'x') {
                int sp = off;
                int end = off + len;
                while (sp < end && buf[sp] != ' ') {
                    sp++;
                }
                if (sp < end) {
                    sum.addLine(buf, sp + 1, end - sp - 1);
                    return;
                }
            }
            if (odd.isEmpty()) {
                odd.add(new String(buf, off, len, charset()));
            }
        });
        failOnOddLine(command, odd);
        return sum.build();
    }

    private static String showCommand(String map, OptionalLong version) {
        return "show map " + (version.isPresent() ? "@" + version.getAsLong() + " " : "") + ref(map);
    }

    private static void failOnOddLine(String command, List<String> odd) {
        if (!odd.isEmpty()) {
            Optional<ErrorKind> kind = ErrorClassifier.classify(odd.get(0));
            throw ErrorClassifier.exception(kind.orElse(ErrorKind.UNRECOGNIZED), command, odd.get(0));
        }
    }

    /** {@code get map <map> <sample>}: what the current version returns for a sample (one line per expression). */
    public List<Lookup> get(String map, String sample) {
        String command = "get map " + ref(map) + " " + CommandWords.escape(sample);
        String answer = cli.execute(command);
        List<Lookup> results = new ArrayList<>();
        for (String line : answer.split("\n")) {
            if (line.startsWith("type=")) {
                results.add(Lookup.parse(line));
            } else if (!line.isEmpty()) {
                ErrorClassifier.requireEmpty(command, answer);
            }
        }
        return results;
    }

    /** {@code add map <map> <key> <value>} to the current version (escaped: any storable key and value). */
    public void add(String map, String key, String value) {
        EntryRules.validate(new MapEntry(key, value), 0, charset());
        if (value.isEmpty()) {
            add(map, List.of(new MapEntry(key, value)).iterator());
            return;
        }
        run("add map " + ref(map) + " " + CommandWords.escape(key) + " " + CommandWords.escape(value));
    }

    /**
     * Adds many entries to the current version (payload chunks; visible as they arrive, not atomic: use {@link
     * #replace} for that). Returns how many were added.
     */
    public long add(String map, Iterator<? extends MapEntry> entries) {
        String command = "add map " + ref(map) + " <<";
        int budget = ChunkBudget.payloadBytes(cli.options().bufferSize(), command.length());
        PayloadChunker chunker = new PayloadChunker(budget, charset());
        try (ChunkSink sink = new ConnectionPerChunkSink(cli, command, 1, ProgressListener.NONE)) {
            long n = 0;
            while (entries.hasNext()) {
                Chunk full = chunker.add(entries.next(), ++n);
                if (full != null) {
                    sink.send(full);
                }
            }
            Chunk last = chunker.flush();
            if (last != null) {
                sink.send(last);
            }
            sink.finish();
            return n;
        }
    }

    /**
     * {@code set map <map> <key> <value>}: sets every entry with this key (2.4-3.1: in all versions). An empty value
     * cannot be written on a command line: refused ({@link IllegalArgumentException}); delete and add instead.
     */
    public void set(String map, String key, String value) {
        requireSettable(value);
        if (key.startsWith("#")) {
            List<LiveEntry> found = show(map).stream().filter(e -> e.key().equals(key)).toList();
            if (found.isEmpty()) {
                throw ErrorClassifier.exception(ErrorKind.ENTRY_NOT_FOUND, "set map " + map + " " + key,
                        "entry not found.\n");
            }
            for (LiveEntry e : found) {
                setEntry(map, e.address(), value);
            }
            return;
        }
        run("set map " + ref(map) + " " + CommandWords.escape(key) + " " + CommandWords.escape(value));
    }

    /** {@code set map <map> #<address> <value>}: sets exactly the entry at this address ({@link LiveEntry}). */
    public void setEntry(String map, String address, String value) {
        requireSettable(value);
        run("set map " + ref(map) + " #" + address + " " + CommandWords.escape(value));
    }

    private void requireSettable(String value) {
        EntryRules.validate(new MapEntry("k", value), 0, charset());
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'set map' cannot set an empty value (a command line has no empty "
                    + "argument): delete the entry and add it with an empty value instead");
        }
    }

    /** {@code del map <map> <key>}: deletes every entry with this key. */
    public void delete(String map, String key) {
        if (key.startsWith("#")) {
            List<LiveEntry> found = show(map).stream().filter(e -> e.key().equals(key)).toList();
            if (found.isEmpty()) {
                throw ErrorClassifier.exception(ErrorKind.KEY_NOT_FOUND, "del map " + map + " " + key,
                        "Key not found.\n");
            }
            for (LiveEntry e : found) {
                deleteEntry(map, e.address());
            }
            return;
        }
        run("del map " + ref(map) + " " + CommandWords.escape(key));
    }

    /** {@code del map <map> #<address>}: deletes exactly the entry at this address. */
    public void deleteEntry(String map, String address) {
        run("del map " + ref(map) + " #" + address);
    }

    /** {@code clear map <map>}: empties the current version. */
    public void clear(String map) {
        run("clear map " + ref(map));
    }

    /** {@code clear map @<version> <map>}. */
    public void clear(String map, long version) {
        run("clear map @" + version + " " + ref(map));
    }

    /** {@code prepare map <map>}: a new, empty version; returns its number. */
    public long prepare(String map) {
        String command = "prepare map " + ref(map);
        String answer = cli.execute(command);
        Matcher m = NEW_VERSION.matcher(ErrorClassifier.stripSeverity(answer));
        if (m.matches()) {
            return Long.parseLong(m.group(1));
        }
        Optional<ErrorKind> kind = ErrorClassifier.classify(answer);
        throw ErrorClassifier.exception(kind.orElse(ErrorKind.UNRECOGNIZED), command, answer);
    }

    /** {@code commit map @<version> <map>}: makes {@code version} current and purges older versions. */
    public void commit(String map, long version) {
        run("commit map @" + version + " " + ref(map));
    }

    /** Starts an atomic replacement ({@code prepare map}); feed it, then {@link MapTransaction#commit()}. */
    public MapTransaction begin(String map, ReplaceOptions options) {
        return MapTransaction.begin(cli, this, map, options);
    }

    /** Atomically replaces the content of {@code map} with the entries of a map file. */
    public ReplaceResult replace(String map, Path file) {
        return replace(map, file, ReplaceOptions.defaults());
    }

    public ReplaceResult replace(String map, Path file, ReplaceOptions options) {
        try (MapTransaction tx = begin(map, options)) {
            tx.addAll(file);
            return tx.commit();
        }
    }

    /** Atomically replaces the content of {@code map} with map-file text read from {@code in} (not closed). */
    public ReplaceResult replace(String map, InputStream in, ReplaceOptions options) {
        try (MapTransaction tx = begin(map, options)) {
            tx.addAll(in);
            return tx.commit();
        }
    }

    /** Atomically replaces the content of {@code map} with the entries of an iterator. */
    public ReplaceResult replace(String map, Iterator<? extends MapEntry> entries, ReplaceOptions options) {
        try (MapTransaction tx = begin(map, options)) {
            tx.addAll(entries);
            return tx.commit();
        }
    }

    /** Makes the current version of {@code map} equal to a map file, by diff or by full replacement. */
    public SyncResult sync(String map, Path file, SyncOptions options) {
        return new MapSync(cli, this, map, options).run(file);
    }

    /** Throws {@link UnknownMapException} if HAProxy has no such map. */
    public MapInfo require(String map) {
        return info(map).orElseThrow(() -> (UnknownMapException) ErrorClassifier.exception(ErrorKind.UNKNOWN_MAP,
                "show map " + map, "Unknown map identifier. Please use #<id> or <file>.\n"));
    }

    static HaproxyException unchecked(Exception e) {
        return e instanceof HaproxyException h ? h : new HaproxyException(e.getMessage(), e);
    }
}
