package io.hapsim.simulator.command.info;

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

/** The {@code show info} field table of each version, read from {@code info/<label>.fields}. */
final class InfoFields {

    private static final Map<String, List<InfoField>> CACHE = new ConcurrentHashMap<>();

    private InfoFields() {
    }

    static List<InfoField> forProfile(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), InfoFields::load);
    }

    private static List<InfoField> load(String label) {
        String resource = "/io/hapsim/simulator/info/" + label + ".fields";
        try (InputStream in = InfoFields.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no show info field list " + resource);
            }
            List<InfoField> fields = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fields.add(field(line));
                }
            }
            return List.copyOf(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line {@code position<TAB>name<TAB>tags<TAB>type<TAB>description}; names may hold spaces ("Unstoppable
     * Jobs").
     */
    private static InfoField field(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("bad show info field line '" + line + "'");
        }
        return new InfoField(Integer.parseInt(parts[0]), parts[1], parts[2], parts[3], parts[4]);
    }
}
