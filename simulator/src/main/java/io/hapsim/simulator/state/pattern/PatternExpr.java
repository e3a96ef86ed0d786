package io.hapsim.simulator.state.pattern;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One way a pattern reference is used: a matching method, its flags and (for maps) the output type. HAProxy calls
 * this a pattern expression; each one parses and indexes every entry of its reference on its own, which is why a
 * file used by two different converters counts its entries twice in {@code entry_cnt}. Uses that would parse and
 * index identically share one expression.
 */
final class PatternExpr {

    static final int NIL = EntryTable.NIL;

    private final MatchType match;
    private final boolean ignoreCase;
    private final ValueType valueType;
    private final boolean noDns;

    private IpIndex ip;
    private Pattern[] regex;
    private long[] rangeMin;
    private long[] rangeMax;
    private byte[] rangeSet;

    PatternExpr(MatchType match, boolean ignoreCase, ValueType valueType, boolean noDns) {
        this.match = match;
        this.ignoreCase = ignoreCase;
        this.valueType = valueType;
        this.noDns = noDns;
        emptyIndexes();
    }

    /** The per-slot indexes this match method keeps, empty. */
    private void emptyIndexes() {
        switch (match.index()) {
            case TREE_IP -> ip = new IpIndex();
            case LIST_REGEX, LIST_REGEX_CAPTURE -> regex = new Pattern[0];
            default -> {
                if (match.parse() == MatchType.Parse.INTEGER) {
                    rangeMin = new long[0];
                    rangeMax = new long[0];
                    rangeSet = new byte[0];
                }
            }
        }
    }

    MatchType match() {
        return match;
    }

    boolean ignoreCase() {
        return ignoreCase;
    }

    /** The output type for map uses; {@code null} for ACLs (their entries carry no parsed value). */
    ValueType valueType() {
        return valueType;
    }

    /** True when another use with these settings would parse and index exactly like this expression. */
    boolean sameAs(MatchType otherMatch, boolean otherIgnoreCase, ValueType otherValueType, boolean otherNoDns) {
        return match.index() == otherMatch.index() && match.parse() == otherMatch.parse()
                && valueType == otherValueType && ignoreCase == otherIgnoreCase && noDns == otherNoDns;
    }

    void ensureCapacity(int capacity) {
        if (ip != null) {
            ip.ensureCapacity(capacity);
        }
        if (regex != null && regex.length < capacity) {
            regex = Arrays.copyOf(regex, capacity);
        }
        if (rangeMin != null && rangeMin.length < capacity) {
            rangeMin = Arrays.copyOf(rangeMin, capacity);
            rangeMax = Arrays.copyOf(rangeMax, capacity);
            rangeSet = Arrays.copyOf(rangeSet, capacity);
        }
    }

    /** Gives the per-slot arrays back, the reference being empty. */
    void release() {
        emptyIndexes();
    }

    /** True when {@code value} is acceptable for this expression's output type (always for ACLs and strings). */
    boolean acceptsValue(String value) {
        return valueType == null || valueType.parsedTypeName(value) != null;
    }

    /**
     * Parses and indexes the entry at {@code slot}. Returns {@code null} on success, else the error text (without
     * the final period): value errors first, then key errors, as HAProxy checks them.
     */
    String index(EntryTable entries, int slot) {
        // text is made only for what parses it: most entries are strings into string maps, with nothing to check
        if (valueType != null && valueType != ValueType.STR) {
            String value = entries.value(slot);
            if (value != null && valueType.parsedTypeName(value) == null) {
                return "unable to parse '" + value + "'";
            }
        }
        MatchType.Parse kind = match.parse();
        if (kind == MatchType.Parse.NOTHING || kind == MatchType.Parse.STRING) {
            return null;
        }
        String key = entries.key(slot);
        switch (kind) {
            case INTEGER -> {
                long[] range = IntRange.parse(key);
                if (range == null) {
                    return IntRange.error(key);
                }
                rangeSet[slot] = (byte) range[0];
                rangeMin[slot] = range[1];
                rangeMax[slot] = range[2];
            }
            case ADDRESS -> {
                IpNet.Net net = IpNet.parsePattern(key);
                if (net == null) {
                    return "'" + key + "' is not a valid IPv4 or IPv6 address";
                }
                ip.insert(slot, net);
            }
            case BINARY -> {
                if (Hex.decode(key) == null) {
                    return Hex.error(key);
                }
            }
            case REGEX -> {
                try {
                    regex[slot] = Pattern.compile(key, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
                } catch (PatternSyntaxException | StackOverflowError e) {
                    return "regex '" + key + "' is invalid";
                }
            }
            default -> throw new IllegalStateException(kind + " is indexed without parsing");
        }
        return null;
    }

    void unindex(int slot) {
        if (ip != null) {
            ip.remove(slot);
        }
        if (regex != null) {
            regex[slot] = null;
        }
    }

    // ------------------------------------------------------------------ matching

    /** What a lookup found: an entry (or {@link #NIL} for a match without entry) and whether a tree found it. */
    record Found(int slot, boolean tree) {
    }

    /**
     * Looks {@code input} up among the entries of {@code generation}, as {@code get map}/{@code get acl} do: the
     * input is converted to the method's sample type first (a failed conversion never matches).
     */
    Found lookup(String input, EntryTable entries, int generation) {
        switch (match.input()) {
            case INTEGER -> {
                if (match == MatchType.FOUND || input.isEmpty()) {
                    return null;
                }
                long v = Numbers.readInt64Prefix(input);
                if (match == MatchType.BOOL) {
                    return v != 0 ? new Found(NIL, false) : null;
                }
                return scanRange(v, entries, generation);
            }
            case ADDRESS -> {
                return lookupAddress(input, entries, generation);
            }
            case BINARY -> {
                byte[] bytes = Latin1.bytes(input);
                for (int s = entries.first(); s != NIL; s = entries.next(s)) {
                    if (entries.generation(s) == generation) {
                        byte[] p = Hex.decode(entries.key(s));
                        if (p != null && Arrays.equals(p, bytes)) {
                            return new Found(s, false);
                        }
                    }
                }
                return null;
            }
            default -> {
                return lookupString(input, entries, generation);
            }
        }
    }

    private Found scanRange(long v, EntryTable entries, int generation) {
        for (int s = entries.first(); s != NIL; s = entries.next(s)) {
            if (entries.generation(s) == generation && inRange(s, v)) {
                return new Found(s, false);
            }
        }
        return null;
    }

    private boolean inRange(int s, long v) {
        byte set = rangeSet[s];
        return ((set & IntRange.MIN_SET) == 0 || rangeMin[s] <= v) && ((set & IntRange.MAX_SET) == 0 || v <= rangeMax[s]);
    }

    private Found lookupAddress(String input, EntryTable entries, int generation) {
        Integer v4 = IpNet.parseSampleIpv4(input);
        if (v4 != null) {
            long a = v4 & 0xffff_ffffL;
            int s = ip.lookupV4Tree(a, entries, generation);
            if (s == NIL) {
                s = ip.lookupV6Tree(0, 0x0000_ffff_0000_0000L | a, entries, generation);
            }
            if (s != NIL) {
                return new Found(s, true);
            }
            s = ip.lookupV4List(a, entries, generation);
            return s == NIL ? null : new Found(s, false);
        }
        long[] v6 = IpNet.parseIpv6(input);
        if (v6 == null) {
            return null;
        }
        int s = ip.lookupV6Tree(v6[0], v6[1], entries, generation);
        if (s != NIL) {
            return new Found(s, true);
        }
        Long mapped = v6ToV4(v6[0], v6[1]);
        if (mapped == null) {
            return null;
        }
        s = ip.lookupV4Tree(mapped, entries, generation);
        if (s != NIL) {
            return new Found(s, true);
        }
        s = ip.lookupV4List(mapped, entries, generation);
        return s == NIL ? null : new Found(s, false);
    }

    /** The IPv4 address carried by an IPv4-mapped ({@code ::ffff:a.b.c.d}) or 6to4 ({@code 2002:AABB:CCDD::}) one. */
    private static Long v6ToV4(long hi, long lo) {
        if (hi == 0 && (lo >>> 32) == 0xffffL) {
            return lo & 0xffff_ffffL;
        }
        if ((hi >>> 48) == 0x2002L) {
            return (hi >>> 16) & 0xffff_ffffL;
        }
        return null;
    }

    private Found lookupString(String input, EntryTable entries, int generation) {
        byte[] in = Latin1.bytes(input);
        if (!ignoreCase && match == MatchType.STR) {
            int s = entries.findKeyInGeneration(in, in.length, EntryTable.hash(in, in.length), generation);
            return s == NIL ? null : new Found(s, true);
        }
        if (!ignoreCase && match == MatchType.BEG) {
            int[] prefixHash = new int[in.length + 1];
            for (int i = 0; i < in.length; i++) {
                prefixHash[i + 1] = EntryTable.extendHash(prefixHash[i], in[i]);
            }
            for (int len = in.length; len >= 0; len--) {
                int s = entries.findKeyInGeneration(in, len, prefixHash[len], generation);
                if (s != NIL) {
                    return new Found(s, true);
                }
            }
            return null;
        }
        for (int s = entries.first(); s != NIL; s = entries.next(s)) {
            if (entries.generation(s) == generation && listMatches(s, in, entries)) {
                return new Found(s, false);
            }
        }
        return null;
    }

    private boolean listMatches(int s, byte[] in, EntryTable entries) {
        byte[] raw = entries.raw(s);
        int len = entries.keyLength(s);
        switch (match) {
            case STR:
                return len == in.length && Latin1.regionEquals(raw, 0, in, 0, len, ignoreCase);
            case BEG:
                return len <= in.length && Latin1.regionEquals(raw, 0, in, 0, len, ignoreCase);
            case END:
                return len <= in.length && Latin1.regionEquals(raw, 0, in, in.length - len, len, ignoreCase);
            case SUB:
                return contains(in, raw, len);
            case DIR:
                return matchWord(in, raw, len, "/?");
            case DOM:
                return matchWord(in, raw, len, "/?.:");
            case LEN:
                return inRange(s, in.length);
            case REG:
            case REGM:
                Pattern p = regex[s];
                return p != null && p.matcher(Latin1.string(in, 0, in.length)).find();
            default:
                return false;
        }
    }

    private boolean contains(byte[] in, byte[] pattern, int len) {
        for (int c = 0; c + len <= in.length; c++) {
            if (Latin1.regionEquals(pattern, 0, in, c, len, ignoreCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern (with delimiters stripped from both ends) appears in the input as a whole word: preceded by a
     * delimiter or the start, followed by a delimiter or the end.
     */
    private boolean matchWord(byte[] in, byte[] pattern, int length, String delimiters) {
        int ps = 0;
        int pl = length;
        while (pl > 0 && delimiters.indexOf(pattern[ps] & 0xff) >= 0) {
            ps++;
            pl--;
        }
        while (pl > 0 && delimiters.indexOf(pattern[ps + pl - 1] & 0xff) >= 0) {
            pl--;
        }
        if (pl == 0) {
            return in.length == 0;
        }
        if (pl > in.length) {
            return false;
        }
        boolean mayMatch = true;
        int end = in.length - pl;
        for (int c = 0; c <= end; c++) {
            if (delimiters.indexOf(in[c] & 0xff) >= 0) {
                mayMatch = true;
                continue;
            }
            if (!mayMatch) {
                continue;
            }
            if (Latin1.regionEquals(pattern, ps, in, c, pl, ignoreCase)
                    && (c == end || delimiters.indexOf(in[c + pl] & 0xff) >= 0)) {
                return true;
            }
            mayMatch = false;
        }
        return false;
    }
}
