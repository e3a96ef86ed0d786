package io.hapsim.simulator.state.proxy;

import java.util.HashSet;
import java.util.Set;

/**
 * HAProxy's numbering of proxies (and of a backend's servers) in configuration order: an element without an "id"
 * takes the first free number from a cursor that moves past every element, numbered or not.
 */
final class IdSequence {

    private final Set<Integer> used = new HashSet<>();
    private int next;

    /** @param first the cursor's start (proxies start at 2: one internal proxy is numbered before them) */
    IdSequence(int first) {
        this.next = first;
    }

    /** Reserves the ids set in the configuration, before numbering. */
    void reserve(int forced) {
        if (forced > 0) {
            used.add(forced);
        }
    }

    /** Where the cursor stands once the configuration is numbered: the first id a dynamic proxy may take. */
    int cursor() {
        return next;
    }

    /** The id of the next element, given the one it forces (0 when none). */
    int assign(int forced) {
        if (forced > 0) {
            next++;
            return forced;
        }
        int id = next;
        while (used.contains(id)) {
            id++;
        }
        used.add(id);
        next = id + 1;
        return id;
    }
}
