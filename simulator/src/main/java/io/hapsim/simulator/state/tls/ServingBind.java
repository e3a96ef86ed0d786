package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * A {@code bind} line that serves certificates: where the configuration has it, and what it loads, in order. The
 * first certificate it loads is its default one.
 *
 * @param frontend  the frontend (or {@code listen} section) it is in
 * @param section   the kind of that section: {@code frontend} or {@code listen}
 * @param file      the configuration file, as the process was given it
 * @param line      its line in that file, from 1
 * @param address   where it listens, as written
 * @param strictSni whether a client whose name no certificate has is refused ({@code strict-sni}) rather than
 *                  served the default certificate
 * @param loads     its {@code crt} files and its lists ({@code crt-list} files, {@code crt} folders), as written
 */
public record ServingBind(String frontend, String section, String file, int line, String address, boolean strictSni,
        List<Served> loads) {

    /**
     * A certificate file the line names itself, or a list whose entries it serves, whatever they are at the time.
     *
     * @param path the certificate's name, or the list's (as {@link CrtListStore} knows it)
     * @param list whether it is a list
     */
    public record Served(String path, boolean list) {
    }

    public ServingBind {
        loads = List.copyOf(loads);
    }

    /** HAProxy's alert refusing the configuration for {@code reason}, as HAProxy words it. */
    public String alert(String reason) {
        return "parsing [" + file + ":" + line + "] : 'bind " + address + "' in section '" + section + "' : " + reason;
    }
}
