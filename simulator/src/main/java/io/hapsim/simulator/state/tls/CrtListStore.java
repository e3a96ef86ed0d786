package io.hapsim.simulator.state.tls;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The certificate lists of a process ({@code crt-list} files, {@code crt} folders), in HAProxy's order: by name. */
public final class CrtListStore {

    private final TreeMap<String, CrtList> byPath = new TreeMap<>();

    CrtListStore(List<CrtList> lists) {
        lists.forEach(list -> byPath.putIfAbsent(list.path(), list));
    }

    public synchronized List<CrtList> all() {
        return List.copyOf(byPath.values());
    }

    public synchronized Optional<CrtList> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
