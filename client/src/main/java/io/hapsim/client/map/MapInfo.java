package io.hapsim.client.map;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code show map} without argument: a map (pattern reference) and its versions.
 *
 * @param id             the unique id ({@code #id} addresses it)
 * @param file           the file name as written in the configuration ("" for anonymous references)
 * @param description    HAProxy's description (where it is used)
 * @param currentVersion {@code curr_ver}
 * @param nextVersion    {@code next_ver} (the last prepared version)
 * @param entryCount     {@code entry_cnt}, all versions together (absent on 2.4)
 */
public record MapInfo(int id, String file, String description, long currentVersion, long nextVersion,
        OptionalLong entryCount) {

    private static final Pattern LINE = Pattern.compile(
            "^(-?\\d+) \\((.*?)\\) (.*)\\. curr_ver=(\\d+) next_ver=(\\d+)(?: entry_cnt=(\\d+))?$");

    /** Parses one listing line; null for the {@code # id (file) description} header or an unknown line. */
    public static MapInfo parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return new MapInfo(Integer.parseInt(m.group(1)), m.group(2), m.group(3), Long.parseLong(m.group(4)),
                Long.parseLong(m.group(5)),
                m.group(6) == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(m.group(6))));
    }

    /** Whether a prepared version exists that was not committed (yet). */
    public boolean hasPendingVersion() {
        return nextVersion != currentVersion;
    }
}
