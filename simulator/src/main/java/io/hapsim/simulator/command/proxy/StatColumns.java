package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.version.VersionProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The show stat columns of each version, read from {@code proxy/stat/<label>.columns}. */
final class StatColumns {

    private static final Map<String, List<StatColumn>> CACHE = new ConcurrentHashMap<>();

    private StatColumns() {
    }

    static List<StatColumn> forProfile(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), StatColumns::load);
    }

    private static List<StatColumn> load(String label) {
        String resource = "/io/hapsim/simulator/proxy/stat/" + label + ".columns";
        try (InputStream in = StatColumns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no show stat column list " + resource);
            }
            List<StatColumn> columns = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    columns.add(column(line));
                }
            }
            return List.copyOf(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StatColumn column(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("bad show stat column line '" + line + "'");
        }
        String[] names = fields[0].split("\\|", 2);
        return new StatColumn(names[0], names.length > 1 ? names[1] : names[0], StatCell.parse(fields[1]),
                StatCell.parse(fields[2]), StatCell.parse(fields[3]), fields[4]);
    }
}
