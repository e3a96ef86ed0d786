package io.hapsim.client.map;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of storable entries full of what breaks naive clients: ; # \ < quotes @ inner blanks, Latin-1. */
public final class TrickyEntries {

    static final String KEY_CHARS = "abkz09;#\\<>\"'@.-/_:=\u00e9\u00ff";
    static final String VALUE_CHARS = KEY_CHARS + "  \t";

    private TrickyEntries() {
    }

    static Gen<String> text(String alphabet, int min, int max) {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1)).ofSizeBetween(min, max)
                .map(picks -> {
                    StringBuilder b = new StringBuilder(picks.size());
                    picks.forEach(i -> b.append(alphabet.charAt(i)));
                    return b.toString();
                });
    }

    /** A key (1-12 chars, no blank) and a value (0-20 chars, not starting with a blank, not ending with CR). */
    public static Gen<MapEntry> entry() {
        return text(KEY_CHARS, 1, 12).zip(text(VALUE_CHARS, 0, 20), (k, v) -> new MapEntry(k, stripLead(v)));
    }

    /** Lists of entries with a unique-ish prefix so duplicates stay rare but possible. */
    public static Gen<List<MapEntry>> entries(int min, int max) {
        return SourceDSL.lists().of(entry()).ofSizeBetween(min, max).map(list -> {
            List<MapEntry> out = new ArrayList<>(list);
            return out;
        });
    }

    private static String stripLead(String v) {
        int i = 0;
        while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\t')) {
            i++;
        }
        return v.substring(i);
    }
}
