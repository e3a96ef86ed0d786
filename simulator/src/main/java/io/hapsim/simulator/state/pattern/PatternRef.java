package io.hapsim.simulator.state.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * A pattern reference: what {@code show map}/{@code show acl} list and the map/acl commands address, i.e. one file
 * used by maps or ACLs, one virtual map, or the inline patterns of one ACL.
 *
 * <p>Versions ("generations") are unsigned 32-bit numbers held in {@code int}s and compared with wrap-around, as
 * HAProxy does. Every entry belongs to one version; only the current one is matched.
 *
 * <p>Not thread-safe: the simulator calls it from its single event-loop thread only.
 */
public final class PatternRef {

    static final int MAP = 1;
    static final int ACL = 2;
    static final int SAMPLES = 4;

    private static final int NIL = EntryTable.NIL;

    private int id;
    private final String reference;
    private String description;
    private int flags;
    private int currentVersion;
    private int nextVersion;
    private long entryCount;
    private final EntryTable entries;
    private final List<PatternExpr> expressions = new ArrayList<>();
    /** Live entries per version (few versions exist at a time): lets purges skip or stop early. */
    private final Map<Integer, int[]> perVersion = new HashMap<>();
    private final PatternTally tally;

    PatternRef(int id, String reference, String description, int flags, long baseAddress, PatternTally tally) {
        this.id = id;
        this.tally = tally;
        this.reference = reference;
        this.description = description;
        this.flags = flags;
        this.entries = new EntryTable(baseAddress);
    }

    // ------------------------------------------------------------------ identity

    /** The unique id ({@code #<id>}); -1 until the store assigned it. */
    public int id() {
        return id;
    }

    void id(int id) {
        this.id = id;
    }

    /** The file name as written in the configuration, or {@code null} for inline ACL patterns. */
    public String reference() {
        return reference;
    }

    /** The description {@code show map} prints after the reference. */
    public String description() {
        return description;
    }

    void extendDescription(String more) {
        description = description + more;
    }

    /** Used by a map converter: listed by {@code show map}. */
    public boolean usedAsMap() {
        return (flags & MAP) != 0;
    }

    /** Used by an ACL: listed by {@code show acl}. */
    public boolean usedAsAcl() {
        return (flags & ACL) != 0;
    }

    /** Entries carry values ({@code add acl} is refused). */
    public boolean hasSamples() {
        return (flags & SAMPLES) != 0;
    }

    int flags() {
        return flags;
    }

    void addFlags(int more) {
        flags |= more;
    }

    /** The current version ({@code curr_ver}), an unsigned 32-bit number. */
    public int currentVersion() {
        return currentVersion;
    }

    /** The last prepared version ({@code next_ver}), an unsigned 32-bit number. */
    public int nextVersion() {
        return nextVersion;
    }

    /** {@code entry_cnt}: an unsigned 64-bit counter (it can wrap below zero, as HAProxy's does). */
    public long entryCount() {
        return entryCount;
    }

    /** Entries stored, all versions together. */
    public int size() {
        return entries.size();
    }

    List<PatternExpr> expressions() {
        return expressions;
    }

    EntryTable entries() {
        return entries;
    }

    // ------------------------------------------------------------------ versions

    /** Sets both version counters directly (tests of the 32-bit wrap-around). */
    void forceVersions(int current, int next) {
        this.currentVersion = current;
        this.nextVersion = next;
    }

    /** {@code prepare}: allocates the next version and returns it. */
    public int prepare() {
        return ++nextVersion;
    }

    /** True when {@code version} was not prepared yet ({@code add @N} refuses it). */
    public boolean isFutureVersion(int version) {
        return version - nextVersion > 0;
    }

    /**
     * {@code commit}: makes {@code version} current if it is newer than the current one and not newer than the
     * last prepared one, then deletes every entry of the 2^31 versions below it (the previous current version
     * and any older pending one). Entries are not copied: the committed version's entries simply become visible.
     *
     * @return {@code false} when the version is out of range (nothing changes)
     */
    public boolean commit(int version) {
        Purge purge = beginCommit(version);
        if (purge == null) {
            return false;
        }
        purge.finish();
        return true;
    }

    /**
     * {@code commit}, with the deletion of the older versions left to the returned {@link Purge}, to run in slices
     * as HAProxy does; {@code null} when the version is out of range (nothing changes).
     */
    public Purge beginCommit(int version) {
        if (Integer.compareUnsigned(version - (currentVersion + 1), nextVersion - currentVersion) >= 0) {
            return null;
        }
        if (version - currentVersion > 0) {
            currentVersion = version;
        }
        if (version != currentVersion) {
            return null;
        }
        int to = version - 1;
        return new Purge(to - Integer.MAX_VALUE, to);
    }

    /** {@code clear}: deletes the entries of one version; versions themselves do not change. */
    public void clear(int version) {
        beginClear(version).finish();
    }

    /** Whether some entry belongs to a version numbered below {@code version} (unsigned, as HAProxy orders them). */
    public boolean holdsVersionBelow(int version) {
        return perVersion.keySet().stream().anyMatch(v -> Integer.compareUnsigned(v, version) < 0);
    }

    /** {@code clear}, left to the returned {@link Purge}. */
    public Purge beginClear(int version) {
        return new Purge(version, version);
    }

    /**
     * Deletes the entries whose version lies in a window (wrapping), a slice at a time. Only as much of the list is
     * walked as needed: nothing when no live entry is in the window, and the walk stops after the last one. Other
     * commands may run between two slices, as between HAProxy's purge rounds.
     */
    public final class Purge {

        private final int from;
        private final int span;
        private EntryTable.Cursor cursor;
        private long remaining;

        private Purge(int from, int to) {
            this.from = from;
            this.span = to - from;
            for (Map.Entry<Integer, int[]> e : perVersion.entrySet()) {
                if (inWindow(e.getKey())) {
                    remaining += e.getValue()[0];
                }
            }
        }

        /**
         * Looks at up to {@code budget} entries, deleting those in the window.
         *
         * @return {@code true} once every entry of the window is gone
         */
        public boolean step(int budget) {
            if (remaining > 0 && cursor == null) {
                cursor = entries.openCursor();
            }
            for (int visited = 0; remaining > 0 && visited < budget; visited++) {
                int slot = cursor.slot();
                if (slot == NIL) {
                    remaining = 0;
                } else if (inWindow(entries.generation(slot))) {
                    removeEntry(slot); // moves the cursor to the next entry
                    remaining--;
                } else {
                    entries.advance(cursor);
                }
            }
            if (remaining > 0) {
                return false;
            }
            if (cursor != null) {
                entries.close(cursor);
                cursor = null;
            }
            return true;
        }

        /** Runs the purge to its end at once. */
        public void finish() {
            while (!step(Integer.MAX_VALUE)) {
                // every step deletes, so this ends
            }
        }

        private boolean inWindow(int version) {
            return Integer.compareUnsigned(version - from, span) <= 0;
        }
    }

    private void counted(int version, int delta) {
        int[] c = perVersion.computeIfAbsent(version, v -> new int[1]);
        c[0] += delta;
        if (c[0] == 0) {
            perVersion.remove(version);
        }
    }

    // ------------------------------------------------------------------ contents

    /**
     * Adds an entry to {@code version}, parsing it for every use of this reference.
     *
     * @param value the value, or {@code null} for an ACL pattern
     * @return {@code null} on success, else the parser's error (without final period); the entry is then rolled
     *         back, which costs {@code entry_cnt} one unit as in HAProxy
     */
    public String add(int version, String key, String value) {
        return indexed(entries.append(Latin1.bytes(key), value == null ? null : Latin1.bytes(value), version),
                version);
    }

    /**
     * {@link #add(int, String, String)} of the key {@code text[keyFrom, keyTo)} and the value {@code text[valueFrom,
     * valueTo)} ({@code valueFrom} negative: none) of a Latin-1 text, copied once into the stored form: a bulk
     * payload makes no string per key and value.
     */
    public String add(int version, String text, int keyFrom, int keyTo, int valueFrom, int valueTo) {
        return indexed(entries.appendLatin1(text, keyFrom, keyTo, valueFrom, valueTo, version), version);
    }

    private String indexed(int slot, int version) {
        counted(version, 1);
        tally.added();
        for (PatternExpr e : expressions) {
            e.ensureCapacity(entries.capacity());
        }
        for (PatternExpr e : expressions) {
            String error = e.index(entries, slot);
            if (error != null) {
                removeEntry(slot);
                return error;
            }
            entryCount++;
        }
        return null;
    }

    /** Appends an entry read from a file at startup, before any use indexes it. */
    void appendLoaded(byte[] key, byte[] value) {
        entries.append(key, value, currentVersion);
        counted(currentVersion, 1);
        tally.added();
    }

    /** Indexes every stored entry into a new use; returns the first error, if any. */
    String indexAll(PatternExpr expression) {
        expression.ensureCapacity(entries.capacity());
        for (int s = entries.first(); s != NIL; s = entries.next(s)) {
            String error = expression.index(entries, s);
            if (error != null) {
                return error;
            }
            entryCount++;
        }
        return null;
    }

    /**
     * Deletes the entries with key {@code key}: all versions, or only the current one.
     *
     * @return how many were deleted
     */
    public int deleteByKey(String key, boolean currentVersionOnly) {
        int[] targets = entriesWithKey(key, currentVersionOnly);
        for (int s : targets) {
            removeEntry(s);
        }
        return targets.length;
    }

    /** Deletes the entry at {@code address} (whatever its version); {@code false} if there is none. */
    public boolean deleteAt(long address) {
        int s = entries.slotAt(address);
        if (s == NIL) {
            return false;
        }
        removeEntry(s);
        return true;
    }

    /** Outcome of a {@code set}. */
    public enum SetOutcome { DONE, NOT_FOUND, UNPARSABLE }

    /**
     * Sets the value of the entries with key {@code key} (all versions, or only the current one). The value must
     * suit every map use of this reference, else nothing changes.
     */
    public SetOutcome setByKey(String key, String value, boolean currentVersionOnly) {
        int[] targets = entriesWithKey(key, currentVersionOnly);
        if (targets.length == 0) {
            return SetOutcome.NOT_FOUND;
        }
        if (!valueAcceptable(value)) {
            return SetOutcome.UNPARSABLE;
        }
        byte[] bytes = Latin1.bytes(value);
        for (int s : targets) {
            entries.setValue(s, bytes);
        }
        return SetOutcome.DONE;
    }

    /** Sets the value of the entry at {@code address}, whatever its version. */
    public SetOutcome setAt(long address, String value) {
        int s = entries.slotAt(address);
        if (s == NIL) {
            return SetOutcome.NOT_FOUND;
        }
        if (!valueAcceptable(value)) {
            return SetOutcome.UNPARSABLE;
        }
        entries.setValue(s, Latin1.bytes(value));
        return SetOutcome.DONE;
    }

    private boolean valueAcceptable(String value) {
        for (PatternExpr e : expressions) {
            if (!e.acceptsValue(value)) {
                return false;
            }
        }
        return true;
    }

    private int[] entriesWithKey(String key, boolean currentVersionOnly) {
        int[] found = new int[4];
        int n = 0;
        for (int s = entries.findKey(Latin1.bytes(key)); s != NIL; s = entries.nextSameKey(s)) {
            if (!currentVersionOnly || entries.generation(s) == currentVersion) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = s;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    private void removeEntry(int slot) {
        for (PatternExpr e : expressions) {
            e.unindex(slot);
        }
        counted(entries.generation(slot), -1);
        entries.remove(slot);
        tally.freed();
        entryCount--;
        if (entries.size() == 0) {
            expressions.forEach(PatternExpr::release); // the table gave its arrays back: so do the indexes
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * The entries of {@code version} in list order, one {@code show map} line each ({@code <addr> <key>[ <value>]\n}),
     * produced lazily: entries added or deleted while the dump is paused are seen or skipped as HAProxy's would be.
     */
    public Iterator<String> dump(int version) {
        return new Dump(version);
    }

    /**
     * Gives {@code action} the key and value (null for an ACL pattern) of every entry of {@code version}, in list
     * order: what {@code show map} prints, without the addresses.
     */
    public void forEachEntry(int version, BiConsumer<String, String> action) {
        for (int s = entries.first(); s != NIL; s = entries.next(s)) {
            if (entries.generation(s) == version) {
                action.accept(entries.key(s), entries.hasValue(s) ? entries.value(s) : null);
            }
        }
    }

    private final class Dump implements Iterator<String> {
        private final int version;
        private final EntryTable.Cursor cursor;

        Dump(int version) {
            this.version = version;
            this.cursor = entries.openCursor();
        }

        @Override
        public boolean hasNext() {
            while (cursor.slot() != NIL && entries.generation(cursor.slot()) != version) {
                entries.advance(cursor);
            }
            if (cursor.slot() == NIL) {
                entries.close(cursor);
                return false;
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int s = cursor.slot();
            String line = line(s);
            entries.advance(cursor);
            return line;
        }
    }

    private String line(int s) {
        StringBuilder b = new StringBuilder(48);
        b.append("0x").append(Long.toHexString(entries.address(s))).append(' ').append(entries.key(s));
        if (entries.hasValue(s)) {
            b.append(' ').append(entries.value(s));
        }
        return b.append('\n').toString();
    }

    /** One line of a {@code get map}/{@code get acl} answer: the outcome of one use's lookup. */
    public record Lookup(String matchName, boolean ignoreCase, boolean found, boolean tree, String key, String value,
            String valueType) {
    }

    /**
     * Looks {@code input} up in the current version, once per use of this reference (usually one), as the
     * traffic would. An empty list when the reference has no use.
     */
    public List<Lookup> lookup(String input) {
        List<Lookup> out = new ArrayList<>(expressions.size());
        for (PatternExpr e : expressions) {
            PatternExpr.Found f = e.lookup(input, entries, currentVersion);
            String name = e.match().word();
            if (f == null) {
                out.add(new Lookup(name, e.ignoreCase(), false, false, null, null, null));
            } else if (f.slot() == NIL) {
                out.add(new Lookup(name, e.ignoreCase(), true, f.tree(), null, null, null));
            } else {
                String value = null;
                String type = null;
                if (e.valueType() != null && entries.hasValue(f.slot())) {
                    value = entries.value(f.slot());
                    type = e.valueType().parsedTypeName(value);
                }
                out.add(new Lookup(name, e.ignoreCase(), true, f.tree(), entries.key(f.slot()), value, type));
            }
        }
        return out;
    }

    /** The address {@code show map} prints for the first entry (any version) with key {@code key}; for tests. */
    long addressOf(String key) {
        int s = entries.findKey(Latin1.bytes(key));
        return s == NIL ? 0 : entries.address(s);
    }
}
