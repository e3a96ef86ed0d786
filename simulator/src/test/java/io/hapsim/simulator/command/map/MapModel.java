package io.hapsim.simulator.command.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately naive reference model of what the map commands answer, written from the specification with
 * plain lists and 64-bit arithmetic (no shared code with the store). One instance models the maps of one fresh
 * process. Entry pointers cannot be predicted: they are learned from the target after each addition
 * ({@link Entry#pointer}) and then must stay the same for the entry's life.
 */
final class MapModel {

    private static final long U32 = 0xffff_ffffL;

    /** One entry: key, value, version, and the pointer the target printed for it. */
    static final class Entry {
        final String key;
        String value;
        final long version;
        String pointer;

        Entry(String key, String value, long version) {
            this.key = key;
            this.value = value;
            this.version = version;
        }
    }

    /** A map file used by one converter: {@code map} (exact strings) or {@code map_int} (integers, digits only). */
    static final class MapRef {
        final int id;
        final String file;
        final String description;
        final boolean integerKeys;
        long current;
        long next;
        long entryCount;
        final List<Entry> entries = new ArrayList<>();

        MapRef(int id, String file, String description, boolean integerKeys) {
            this.id = id;
            this.file = file;
            this.description = description;
            this.integerKeys = integerKeys;
        }
    }

    final List<MapRef> refs = new ArrayList<>();
    final boolean versionScopedSetDel;
    final boolean showsEntryCount;

    /** Entries added by the last command, which the caller must learn the pointers of. */
    final List<Entry> justAdded = new ArrayList<>();

    MapModel(boolean versionScopedSetDel, boolean showsEntryCount) {
        this.versionScopedSetDel = versionScopedSetDel;
        this.showsEntryCount = showsEntryCount;
    }

    MapRef ref(String word) {
        for (MapRef r : refs) {
            if (r.file.equals(word) || ("#" + r.id).equals(word)) {
                return r;
            }
        }
        return null;
    }

    void loadInitial(MapRef ref, String key, String value) {
        ref.entries.add(new Entry(key, value, 0));
        ref.entryCount++;
    }

    // ------------------------------------------------------------------ commands

    String add(MapRef ref, Long version, List<String[]> pairs) {
        justAdded.clear();
        long v = version == null ? ref.current : version;
        if (version != null && (int) ((v - ref.next) & U32) > 0) {
            return "Version number in the future, please use 'prepare map' before.\n";
        }
        for (String[] kv : pairs) {
            if (ref.integerKeys && !kv[0].matches("-?[0-9]+")) {
                ref.entryCount--;
                return "'" + kv[0] + "' is not a number.\n";
            }
            Entry e = new Entry(kv[0], kv[1], v);
            ref.entries.add(e);
            ref.entryCount++;
            justAdded.add(e);
        }
        return "";
    }

    String setByKey(MapRef ref, String key, String value) {
        boolean found = false;
        for (Entry e : ref.entries) {
            if (e.key.equals(key) && (!versionScopedSetDel || e.version == ref.current)) {
                e.value = value;
                found = true;
            }
        }
        return found ? "" : "entry not found.\n";
    }

    String setByPointer(MapRef ref, String pointer, String value) {
        for (Entry e : ref.entries) {
            if (pointer.equals(e.pointer)) {
                e.value = value;
                return "";
            }
        }
        return "key or pattern not found.\n";
    }

    String deleteByKey(MapRef ref, String key) {
        int before = ref.entries.size();
        ref.entries.removeIf(e -> e.key.equals(key) && (!versionScopedSetDel || e.version == ref.current));
        int deleted = before - ref.entries.size();
        ref.entryCount -= deleted;
        return deleted > 0 ? "" : "Key not found.\n";
    }

    String deleteByPointer(MapRef ref, String pointer) {
        for (Entry e : ref.entries) {
            if (pointer.equals(e.pointer)) {
                ref.entries.remove(e);
                ref.entryCount--;
                return "";
            }
        }
        return "Key not found.\n";
    }

    String clear(MapRef ref, Long version) {
        long v = version == null ? ref.current : version;
        purge(ref, v, v);
        return "";
    }

    String prepare(MapRef ref) {
        ref.next = (ref.next + 1) & U32;
        return "New version created: " + ref.next + "\n";
    }

    String commit(MapRef ref, long version) {
        long distance = (version - ref.current - 1) & U32;
        if (distance >= ((ref.next - ref.current) & U32)) {
            return "Version number out of range.\n";
        }
        if ((int) ((version - ref.current) & U32) > 0) {
            ref.current = version;
        }
        if (ref.current != version) {
            return "Version number out of range.\n";
        }
        long to = (version - 1) & U32;
        purge(ref, (to - 0x7fff_ffffL) & U32, to);
        return "";
    }

    private static void purge(MapRef ref, long from, long to) {
        long span = (to - from) & U32;
        int before = ref.entries.size();
        ref.entries.removeIf(e -> ((e.version - from) & U32) <= span);
        ref.entryCount -= before - ref.entries.size();
    }

    String show(MapRef ref, Long version) {
        long v = version == null ? ref.current : version;
        StringBuilder b = new StringBuilder();
        for (Entry e : ref.entries) {
            if (e.version == v) {
                b.append(e.pointer).append(' ').append(e.key).append(' ').append(e.value).append('\n');
            }
        }
        return b.toString();
    }

    String get(MapRef ref, String input) {
        String head = ref.integerKeys ? "type=int, case=sensitive, " : "type=str, case=sensitive, ";
        for (Entry e : ref.entries) {
            if (e.version == ref.current && matches(ref, e.key, input)) {
                return head + "found=yes, idx=" + (ref.integerKeys ? "list" : "tree") + ", key=\"" + e.key
                        + "\", value=\"" + e.value + "\", type=\"str\"\n";
            }
        }
        return head + "found=no\n";
    }

    private static boolean matches(MapRef ref, String key, String input) {
        if (!ref.integerKeys) {
            return key.equals(input);
        }
        // an integer map converts the input with its leading digits; keys are plain numbers
        String digits = input.replaceFirst("^(-?[0-9]*).*$", "$1");
        long in = digits.isEmpty() || digits.equals("-") ? 0 : Long.parseLong(digits);
        return Long.parseLong(key) == in;
    }

    String listing() {
        StringBuilder b = new StringBuilder("# id (file) description\n");
        for (MapRef r : refs) {
            b.append(r.id).append(" (").append(r.file).append(") ").append(r.description).append(". curr_ver=")
                    .append(r.current).append(" next_ver=").append(r.next);
            if (showsEntryCount) {
                b.append(" entry_cnt=").append(Long.toUnsignedString(r.entryCount));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
