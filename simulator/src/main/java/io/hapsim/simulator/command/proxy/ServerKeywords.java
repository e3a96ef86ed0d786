package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.WordFingerprint;
import io.hapsim.simulator.version.VersionProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keywords a "server" line of one version knows, from {@code server-keywords/<label>.txt} (written by
 * {@code scripts/extract-server-keywords}): how many arguments each takes and whether {@code add server} accepts it,
 * and the "did you mean" suggestion HAProxy makes for a word it does not know.
 */
final class ServerKeywords {

    /** A keyword; {@code arguments} is -1 for one that reads as many as it needs ("source"). */
    record Keyword(String name, int arguments, boolean dynamic) {
    }

    private static final Map<String, ServerKeywords> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Keyword> keywords;
    /** Every word a suggestion may name, keywords first, in HAProxy's order (the first of equals wins). */
    private final List<String> suggestible;

    private ServerKeywords(Map<String, Keyword> keywords, List<String> suggestible) {
        this.keywords = keywords;
        this.suggestible = suggestible;
    }

    static ServerKeywords of(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), ServerKeywords::load);
    }

    Optional<Keyword> find(String name) {
        return Optional.ofNullable(keywords.get(name));
    }

    /** The known word closest to {@code word}, unless none is close enough (then null). */
    String suggestion(String word) {
        WordFingerprint typed = new WordFingerprint().add(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : suggestible) {
            int distance = typed.distance(new WordFingerprint().add(candidate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best == null || bestDistance > 2 * word.length() || bestDistance > 2 * best.length()) {
            return null;
        }
        return best;
    }

    private static ServerKeywords load(String label) {
        String resource = "/io/hapsim/simulator/server-keywords/" + label + ".txt";
        Map<String, Keyword> keywords = new LinkedHashMap<>();
        List<String> suggestible = new ArrayList<>();
        try (InputStream in = ServerKeywords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no server keyword table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ");
                suggestible.add(fields[0]);
                if (!fields[2].equals("extra")) {
                    keywords.putIfAbsent(fields[0],
                            new Keyword(fields[0], Integer.parseInt(fields[1]), fields[2].equals("dynamic")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new ServerKeywords(Map.copyOf(keywords), List.copyOf(suggestible));
    }
}
