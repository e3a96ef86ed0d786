package io.hapsim.client.master;

import java.util.OptionalInt;

/**
 * One line of {@code show proc}.
 *
 * @param pid           the system pid ({@code @!<pid>} routes to it)
 * @param type          {@code master} or {@code worker} (or a program's type)
 * @param relativePid   the relative pid where the version shows that column ({@code @<n>} routes to it), else empty
 * @param reloads       how many reloads the process has lived through (the master: how many it made)
 * @param failedReloads the master's failed reloads, where shown ({@code [failed: N]}), else empty
 * @param uptime        the uptime as HAProxy writes it ({@code 0d00h01m05s})
 * @param version       the HAProxy version the process runs
 */
public record ProcessEntry(long pid, String type, OptionalInt relativePid, int reloads, OptionalInt failedReloads,
        String uptime, String version) {
}
