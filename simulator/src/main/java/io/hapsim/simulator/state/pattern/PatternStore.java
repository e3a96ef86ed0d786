package io.hapsim.simulator.state.pattern;

import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.version.VersionProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The maps and ACLs of the simulated process: every pattern reference, in {@code show map}/{@code show acl}
 * order, built from a real haproxy.cfg (map converters, {@code acl} lines, anonymous ACLs, their files) the way
 * HAProxy discovers them, plus the internal ACLs of HAProxy's HTTP client where the version has them.
 *
 * <p>Typical use: {@code PatternStore.load(Path.of("/etc/haproxy/haproxy.cfg"), profile)}; or
 * {@link #builder(VersionProfile)} for more control; or {@link #empty(VersionProfile)} then
 * {@link #addMapFile(Path, MatchType)}.
 *
 * <p>Not thread-safe: owned by the simulator's single event-loop thread.
 */
public final class PatternStore {

    /** Where the first reference's entry addresses start: looks like a typical heap address of a 64-bit process. */
    private static final long FIRST_BASE_ADDRESS = 0x55d0_0000_0000L;
    /** Address space per reference: room for 2^30 entries of 64 bytes. */
    private static final int ADDRESS_SPACE_BITS = 36;

    /** How HAProxy's HTTP client describes its internal ACLs. */
    static final String HTTP_CLIENT_ACL_DESCRIPTION = "acl 'var' file 'httpclient' line 0";

    private final VersionProfile profile;
    private final List<PatternRef> references = new ArrayList<>();
    private final PatternTally tally = new PatternTally();
    private int created;

    private PatternStore(VersionProfile profile) {
        this.profile = Objects.requireNonNull(profile);
    }


    /** The store of a process started with configuration {@code config}, described with the path as given. */
    public static PatternStore load(Path config, VersionProfile profile) throws IOException {
        return builder(profile).config(config).build();
    }

    /** A store with no configured map or ACL (only the version's internal ACLs). */
    public static PatternStore empty(VersionProfile profile) {
        try {
            return builder(profile).build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // no file is read
        }
    }

    public static Builder builder(VersionProfile profile) {
        return new Builder(profile);
    }

    /** Assembles a store: configuration first, then extra map files, then HAProxy's internal ACLs. */
    public static final class Builder {
        private final VersionProfile profile;
        private Path config;
        private String configName;
        private final List<Object[]> mapFiles = new ArrayList<>();
        private int httpClientAcls;

        private Builder(VersionProfile profile) {
            this.profile = Objects.requireNonNull(profile);
            this.httpClientAcls = profile.httpClientAcls();
        }

        /** The haproxy.cfg to discover maps and ACLs in. */
        public Builder config(Path config) {
            this.config = config;
            return this;
        }

        /**
         * How descriptions quote the configuration file ({@code ... at file '<name>' line 12}); defaults to the
         * path as given to {@link #config(Path)}. HAProxy prints the {@code -f} argument verbatim.
         */
        public Builder configName(String name) {
            this.configName = name;
            return this;
        }

        /** A map file loaded as if a {@code map_<match>} converter used it (after the configuration's ones). */
        public Builder mapFile(Path file, MatchType match) {
            mapFiles.add(new Object[] {file, match});
            return this;
        }

        /**
         * How many internal HTTP-client ACLs ({@code acl 'var' file 'httpclient' line 0}) follow the configured
         * references. Defaults to the profile's count; the x.y.0 builds of the spec's recordings show 2 from 2.6.
         */
        public Builder httpClientAcls(int count) {
            this.httpClientAcls = count;
            return this;
        }

        public PatternStore build() throws IOException {
            if (config == null) {
                return assemble(null, null);
            }
            String text = new String(Files.readAllBytes(config), StandardCharsets.ISO_8859_1);
            return assemble(text, configName != null ? configName : config.toString());
        }

        /** Same as {@link #build()} with the configuration given as text (tests). */
        public PatternStore buildFromText(String configText, String configName) throws IOException {
            return assemble(configText, configName);
        }

        private PatternStore assemble(String configText, String configName) throws IOException {
            PatternStore store = new PatternStore(profile);
            if (configText != null) {
                store.loadConfig(configText, configName);
            }
            for (Object[] m : mapFiles) {
                store.createMap(m[0].toString(), (MatchType) m[1]);
            }
            for (int i = 0; i < httpClientAcls; i++) {
                store.createHttpClientAcl();
            }
            store.assignIds();
            return store;
        }
    }

    // ------------------------------------------------------------------ queries

    public VersionProfile profile() {
        return profile;
    }

    /** Entries stored and freed so far, over every reference. */
    public PatternTally tally() {
        return tally;
    }

    /** Every reference, by increasing id. */
    public List<PatternRef> references() {
        return Collections.unmodifiableList(references);
    }

    /**
     * The reference a CLI argument designates: {@code #<id>} (read as C's strtol does: {@code #} alone is 0,
     * trailing garbage is unknown) or the file name exactly as in the configuration; 3.0+ ignore a leading
     * {@code file@}. {@code null} when unknown. The caller checks the map/ACL type where the command does.
     */
    public PatternRef lookup(String word) {
        if (word.startsWith("#")) {
            Integer id = Numbers.strtolWhole(word.substring(1));
            if (id == null) {
                return null;
            }
            for (PatternRef r : references) {
                if (r.id() == id) {
                    return r;
                }
            }
            return null;
        }
        String name = word;
        if (acceptsFileAtPrefix() && name.length() > 5 && name.startsWith("file@")) {
            name = name.substring(5);
        }
        for (PatternRef r : references) {
            if (name.equals(r.reference())) {
                return r;
            }
        }
        return null;
    }

    private boolean acceptsFileAtPrefix() {
        return profile.acceptsFileAtPrefix();
    }

    // ------------------------------------------------------------------ additions after startup

    /**
     * Adds a map loaded from {@code file} (two columns) matched with {@code match}, with a string output, after
     * the existing references: what a {@code --map FILE[:TYPE]} option provides without a configuration.
     */
    public PatternRef addMapFile(Path file, MatchType match) throws IOException {
        return addMap(file.toString(), match);
    }

    /**
     * Same as {@link #addMapFile(Path, MatchType)} with the name as a configuration would write it: from 3.0,
     * {@code virt@name} is an empty map without file, {@code opt@path} a file that may be missing, and
     * {@code file@path} a plain file.
     */
    public PatternRef addMap(String name, MatchType match) throws IOException {
        PatternRef ref = createMap(name, match);
        if (ref.id() < 0) {
            int next = 0;
            for (PatternRef r : references) {
                next = Math.max(next, r.id() + 1);
            }
            ref.id(next);
        }
        return ref;
    }

    private PatternRef createMap(String name, MatchType match) throws IOException {
        PatternRef ref = fileReference(name, true, true, "map", "at file 'hapsim' line 0", "hapsim", 0);
        String error = useOf(ref, match, false, ValueType.STR, true);
        if (error != null) {
            throw new ConfigException("map file '" + name + "': " + error);
        }
        return ref;
    }

    // ------------------------------------------------------------------ configuration

    private void loadConfig(String text, String configName) throws IOException {
        List<Object> uses = new ArrayList<>();
        ConfigScanner.scan(text, configName, uses::add);
        for (Object use : uses) {
            if (use instanceof ConfigScanner.MapUse m) {
                addMapUse(m, configName);
            } else {
                addAclUse((ConfigScanner.AclUse) use, configName);
            }
        }
    }

    private void addMapUse(ConfigScanner.MapUse m, String configName) throws IOException {
        String where = "at file '" + configName + "' line " + m.line();
        PatternRef ref = fileReference(m.file(), true, true, "map", where, configName, m.line());
        String error = useOf(ref, m.match(), false, m.output(), true);
        if (error != null) {
            throw new ConfigException("parsing [" + configName + ":" + m.line() + "] : map '" + m.file()
                    + "': " + error + " in file '" + ref.reference() + "'");
        }
    }

    private void addAclUse(ConfigScanner.AclUse a, String configName) throws IOException {
        String where = "at file '" + configName + "' line " + a.line();
        for (ConfigScanner.AclFile f : a.files()) {
            PatternRef ref = fileReference(f.name(), false, f.asMap(), "acl", where, configName, a.line());
            String error = useOf(ref, a.match(), f.ignoreCase(), null, f.noDns());
            if (error != null) {
                throw new ConfigException("parsing [" + configName + ":" + a.line() + "] : acl file '"
                        + f.name() + "': " + error);
            }
        }
        PatternRef inline = newRef(null, "acl '" + a.keyword() + "' file '" + configName + "' line " + a.line(),
                PatternRef.ACL);
        if (a.uniqueId() != null) {
            inline.id(a.uniqueId());
        }
        useOf(inline, a.match(), a.ignoreCase(), null, a.noDns());
        for (String p : a.patterns()) {
            String error = inline.add(inline.currentVersion(), p, null);
            if (error != null) {
                throw new ConfigException("parsing [" + configName + ":" + a.line() + "] : " + error);
            }
        }
    }

    private void createHttpClientAcl() {
        PatternRef ref = newRef(null, HTTP_CLIENT_ACL_DESCRIPTION, PatternRef.ACL);
        useOf(ref, MatchType.IP, false, null, false);
        ref.add(ref.currentVersion(), "0.0.0.0", null);
    }

    /**
     * The reference of a file named in the configuration: an existing one (whose description then mentions this
     * use too) or a new one, loaded from the file.
     */
    private PatternRef fileReference(String written, boolean map, boolean samples, String kind, String where,
            String configName, int line) throws IOException {
        int flag = map ? PatternRef.MAP : PatternRef.ACL;
        PatternRef ref = lookupForConfig(written);
        if (ref != null) {
            if (samples && !ref.hasSamples()) {
                throw new ConfigException("parsing [" + configName + ":" + line + "] : The file \"" + written
                        + "\" is already used as one column file and cannot be used by as two column file.");
            }
            if (!samples && ref.hasSamples()) {
                throw new ConfigException("parsing [" + configName + ":" + line + "] : The file \"" + written
                        + "\" is already used as two column file and cannot be used by as one column file.");
            }
            ref.extendDescription(", by " + kind + " " + where);
            ref.addFlags(flag);
            return ref;
        }
        String reference = written;
        boolean virtual = false;
        boolean optional = false;
        if (acceptsFileAtPrefix()) {
            if (written.length() > 5 && written.startsWith("virt@")) {
                virtual = true;
            } else if (written.length() > 4 && written.startsWith("opt@")) {
                optional = true;
                reference = written.substring(4);
            } else if (written.length() > 5 && written.startsWith("file@")) {
                reference = written.substring(5);
            }
        }
        ref = newRef(reference, "pattern loaded from file '" + written + "' used by " + kind + " " + where,
                flag | (samples ? PatternRef.SAMPLES : 0));
        if (!virtual) {
            try {
                readFile(ref, Path.of(reference), samples);
            } catch (NoSuchFileException e) {
                if (!optional) {
                    throw new ConfigException("parsing [" + configName + ":" + line
                            + "] : failed to open pattern file <" + reference + ">");
                }
            }
        }
        return ref;
    }

    private PatternRef lookupForConfig(String written) {
        String name = written;
        if (acceptsFileAtPrefix() && name.length() > 5 && name.startsWith("file@")) {
            name = name.substring(5);
        }
        for (PatternRef r : references) {
            if (name.equals(r.reference())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Registers one use of {@code ref}. A use that would parse and index like an existing one shares it (entries
     * are not indexed twice); otherwise every entry is indexed for it, which adds to {@code entry_cnt}.
     *
     * @return the first indexing error, or {@code null}
     */
    private static String useOf(PatternRef ref, MatchType match, boolean ignoreCase, ValueType output,
            boolean noDns) {
        for (PatternExpr e : ref.expressions()) {
            if (e.sameAs(match, ignoreCase, output, noDns)) {
                return null;
            }
        }
        PatternExpr e = new PatternExpr(match, ignoreCase, output, noDns);
        ref.expressions().add(e);
        return ref.indexAll(e);
    }

    /**
     * Reads a pattern file. Two-column files: leading blanks skipped, {@code #} lines and empty lines ignored, the
     * key ends at the first blank, the value is the rest of the line without its trailing blanks. One-column
     * files: the whole line after leading blanks (trailing blanks kept). A {@code #} only starts a comment in
     * the first column. Lines end at LF or CR.
     */
    static void readFile(PatternRef ref, Path file, boolean samples) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            byte[] line = new byte[256];
            int length = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = chunk[i];
                    if (b == '\n') {
                        readLine(ref, line, length, samples);
                        length = 0;
                    } else {
                        if (length == line.length) {
                            line = Arrays.copyOf(line, length * 2);
                        }
                        line[length++] = b;
                    }
                }
            }
            if (length > 0) {
                readLine(ref, line, length, samples);
            }
        }
    }

    private static void readLine(PatternRef ref, byte[] text, int end, boolean samples) {
        if (end > 0 && text[0] == '#') {
            return;
        }
        int c = 0;
        while (c < end && (text[c] == ' ' || text[c] == '\t')) {
            c++;
        }
        int stop = c;
        while (stop < end && text[stop] != '\r' && text[stop] != 0) {
            stop++;
        }
        if (stop == c) {
            return;
        }
        if (!samples) {
            ref.appendLoaded(Arrays.copyOfRange(text, c, stop), null);
            return;
        }
        int keyEnd = c;
        while (keyEnd < stop && text[keyEnd] != ' ' && text[keyEnd] != '\t') {
            keyEnd++;
        }
        int v = keyEnd;
        while (v < stop && (text[v] == ' ' || text[v] == '\t')) {
            v++;
        }
        int valueEnd = stop;
        while (valueEnd > v && (text[valueEnd - 1] == ' ' || text[valueEnd - 1] == '\t')) {
            valueEnd--;
        }
        ref.appendLoaded(Arrays.copyOfRange(text, c, keyEnd), Arrays.copyOfRange(text, v, valueEnd));
    }

    private PatternRef newRef(String reference, String description, int flags) {
        long base = FIRST_BASE_ADDRESS + ((long) created << ADDRESS_SPACE_BITS);
        created++;
        PatternRef ref = new PatternRef(-1, reference, description, flags, base, tally);
        references.add(ref);
        return ref;
    }

    /**
     * Gives an id to each reference without one ({@code -u} sets one explicitly), in creation order, skipping the
     * explicit ones, then orders the list by id: what HAProxy does once its configuration is parsed.
     */
    private void assignIds() {
        BitSet taken = new BitSet();
        for (PatternRef r : references) {
            if (r.id() >= 0) {
                taken.set(r.id());
            }
        }
        int next = 0;
        for (PatternRef r : references) {
            if (r.id() == -1) {
                while (taken.get(next)) {
                    next++;
                }
                r.id(next++);
            }
        }
        references.sort(Comparator.comparingInt(PatternRef::id));
    }
}
