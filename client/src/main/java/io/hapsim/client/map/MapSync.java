package io.hapsim.client.map;

import io.hapsim.client.CliSession;
import io.hapsim.client.RuntimeApi;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.HaproxyException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Makes the current version of a map equal to a map file. Reads both (in memory: meant for maps whose change is
 * small), then either applies the difference ({@code del map #addr}, {@code set map #addr value}, payload
 * {@code add map}) on one pipelined session, or replaces the whole map atomically ({@link MapTransaction}). A diff is
 * not atomic (requests may see it half applied for the few milliseconds it takes) and is only used when every key is
 * unique on both sides. Either way the result is verified by checksum.
 */
final class MapSync {

    private final RuntimeApi cli;
    private final MapClient maps;
    private final String map;
    private final SyncOptions options;

    MapSync(RuntimeApi cli, MapClient maps, String map, SyncOptions options) {
        this.cli = cli;
        this.maps = maps;
        this.map = map;
        this.options = options;
    }

    SyncResult run(Path file) {
        long start = System.nanoTime();
        ProgressListener progress = options.replace().progress();
        if (options.method() == SyncOptions.Method.REPLACE) {
            return replaced(file, "full replacement requested", start);
        }
        progress.phase("diff");
        Map<String, List<String>> desired = new LinkedHashMap<>();
        boolean desiredDuplicates = false;
        MapChecksum.Builder desiredSum = MapChecksum.builder();
        try (MapFileReader reader = MapFileReader.open(file, cli.options().charset())) {
            while (reader.hasNext()) {
                SourceEntry e = reader.next();
                EntryRules.validate(e.entry(), e.line(), cli.options().charset());
                List<String> values = desired.computeIfAbsent(e.entry().key(), k -> new ArrayList<>(1));
                values.add(e.entry().value());
                desiredDuplicates |= values.size() > 1;
                desiredSum.add(e.entry().key(), e.entry().value(), cli.options().charset());
            }
        }
        Map<String, List<LiveEntry>> live = new HashMap<>();
        boolean liveDuplicates = false;
        List<LiveEntry> all = new ArrayList<>();
        maps.show(map, OptionalLong.empty(), all::add);
        for (LiveEntry e : all) {
            List<LiveEntry> same = live.computeIfAbsent(e.key(), k -> new ArrayList<>(1));
            same.add(e);
            liveDuplicates |= same.size() > 1;
        }
        if (desiredDuplicates || liveDuplicates) {
            String why = (desiredDuplicates ? "the file" : "the live map") + " has duplicated keys";
            if (options.method() == SyncOptions.Method.DIFF) {
                throw new HaproxyException("cannot sync " + map + " by diff: " + why);
            }
            return replaced(file, why, start);
        }
        List<LiveEntry> deletes = new ArrayList<>();
        List<Object[]> sets = new ArrayList<>();
        List<MapEntry> adds = new ArrayList<>();
        for (Map.Entry<String, List<LiveEntry>> e : live.entrySet()) {
            List<String> want = desired.get(e.getKey());
            LiveEntry have = e.getValue().get(0);
            if (want == null) {
                deletes.add(have);
            } else if (!want.get(0).equals(have.value())) {
                if (want.get(0).isEmpty()) {
                    deletes.add(have); // set cannot write an empty value: delete, then add
                    adds.add(new MapEntry(e.getKey(), ""));
                } else {
                    sets.add(new Object[] {have, want.get(0)});
                }
            }
        }
        for (Map.Entry<String, List<String>> e : desired.entrySet()) {
            if (!live.containsKey(e.getKey())) {
                adds.add(new MapEntry(e.getKey(), e.getValue().get(0)));
            }
        }
        long changes = deletes.size() + sets.size() + adds.size();
        long expected = desired.size();
        if (changes == 0) {
            return new SyncResult("NONE", 0, 0, 0, expected, "already equal", elapsed(start));
        }
        long threshold = options.threshold(expected);
        if (options.method() == SyncOptions.Method.AUTO && changes > threshold) {
            return replaced(file, changes + " changes, more than the diff limit of " + threshold, start);
        }
        progress.phase("apply");
        apply(deletes, sets, adds);
        MapChecksum now = maps.checksum(map, OptionalLong.empty());
        if (!now.equals(desiredSum.build())) {
            throw new HaproxyException("sync of " + map + " by diff did not converge: the map holds " + now
                    + ", the file " + desiredSum.build() + " (changed concurrently?)");
        }
        return new SyncResult("DIFF", adds.size(), sets.size(), deletes.size(), expected,
                changes + " changes (limit " + threshold + ")", elapsed(start));
    }

    private void apply(List<LiveEntry> deletes, List<Object[]> sets, List<MapEntry> adds) {
        String ref = CommandWords.escape(map);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        try (CliSession session = cli.openSession()) {
            for (LiveEntry e : deletes) {
                String c = "del map " + ref + " " + e.reference();
                commands.add(c);
                answers.add(session.send(c));
            }
            for (Object[] s : sets) {
                LiveEntry e = (LiveEntry) s[0];
                String c = "set map " + ref + " " + e.reference() + " " + CommandWords.escape((String) s[1]);
                commands.add(c);
                answers.add(session.send(c));
            }
            if (!adds.isEmpty()) {
                String command = "add map " + ref + " <<";
                PayloadChunker chunker = new PayloadChunker(
                        ChunkBudget.payloadBytes(cli.options().bufferSize(), command.length()), cli.options().charset());
                long n = 0;
                for (MapEntry e : adds) {
                    Chunk full = chunker.add(e, ++n);
                    if (full != null) {
                        commands.add(command);
                        answers.add(session.sendPayload(command, full.payload()));
                    }
                }
                Chunk last = chunker.flush();
                if (last != null) {
                    commands.add(command);
                    answers.add(session.sendPayload(command, last.payload()));
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                String answer;
                try {
                    answer = answers.get(i).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HaproxyException("interrupted", e);
                } catch (ExecutionException e) {
                    throw MapClient.unchecked((Exception) e.getCause());
                }
                ErrorClassifier.requireEmpty(commands.get(i), answer);
            }
        }
    }

    private SyncResult replaced(Path file, String why, long start) {
        ReplaceResult r = maps.replace(map, file, options.replace());
        return new SyncResult("REPLACE", 0, 0, 0, r.entries(), why, elapsed(start));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
