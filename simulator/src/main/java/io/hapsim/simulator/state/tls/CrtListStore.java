package io.hapsim.simulator.state.tls;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The certificate lists of a process ({@code crt-list} files, {@code crt} folders), in HAProxy's order: by name; and
 * the entries {@code add}/{@code del ssl crt-list} change, read as the configuration's files are.
 */
public final class CrtListStore {

    private final TreeMap<String, CrtList> byPath = new TreeMap<>();
    private final String crtBase;
    private final String caBase;

    CrtListStore(List<CrtList> lists, String crtBase, String caBase) {
        lists.forEach(list -> byPath.putIfAbsent(list.path(), list));
        this.crtBase = crtBase;
        this.caBase = caBase;
    }

    public synchronized List<CrtList> all() {
        return List.copyOf(byPath.values());
    }

    /** The list a command names: its trailing slashes dropped, so that a folder is found either way. */
    public static String listPath(String named) {
        return named.replaceAll("/+$", "");
    }

    public synchronized Optional<CrtList> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * What one load of a {@code bind} line serves now: a list's entries, or the line's own certificate as an entry
     * without options or filters.
     */
    public synchronized List<CrtList.Entry> entriesOf(ServingBind.Served served) {
        return served.list() ? find(served.path()).map(CrtList::entries).orElse(List.of())
                : List.of(new CrtList.Entry(served.path(), 0, null, List.of()));
    }

    /** A list line as a {@code crt-list} file's would be read ({@code crt-base}, {@code ca-base} applied). */
    public CrtList.Entry parse(String line) {
        return CrtListFile.entry(line, 0, crtBase, caBase);
    }

    /** The certificate path {@code add}/{@code del} name, {@code crt-base} before a relative one. */
    public String certificatePath(String name) {
        return name.startsWith("@") ? name : TlsReferences.based(crtBase, name);
    }

    /** Adds the entry after the list's last line; the list as it is now. */
    public synchronized CrtList add(String path, CrtList.Entry entry) {
        CrtList list = byPath.get(path).adding(entry);
        byPath.put(path, list);
        return list;
    }

    public synchronized void remove(String path, CrtList.Entry entry) {
        byPath.put(path, byPath.get(path).removing(entry));
    }
}
