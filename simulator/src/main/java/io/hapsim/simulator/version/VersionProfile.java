package io.hapsim.simulator.version;

import java.util.Objects;

/**
 * Everything that differs between the HAProxy versions hapsim imitates, as data. Code asks the profile a
 * question ("does an empty command print the usage?"); it never compares version numbers.
 *
 * @param label                      the profile name users pick ({@code 2.4}, {@code 3.0} ...)
 * @param version                    what {@code show version} prints and {@code show info} reports
 * @param releaseDate                {@code show info}'s Release_date
 * @param build                      which build the keyword lists follow (they depend on build options)
 * @param lineMode                   how many lines a non-interactive connection runs
 * @param splitsCommandsEarly        a {@code ;}-ended command runs before its line's LF arrives, and a
 *                                   backslash escapes a LF (2.6+); 2.4 waits for the whole line
 * @param emptyCommandShowsUsage     an empty command prints the full "Unknown command" usage (2.4, 2.6)
 * @param unknownCommandNamesWord    "Unknown command: 'foo', ..." (2.8+) instead of "Unknown command, ..."
 * @param promptSyntax               what {@code prompt} accepts
 * @param markerRule                 where a {@code <<} payload marker is recognised
 * @param overlongPatternRunsNextLine 3.0's quirk: a {@code <<PATTERN} over 7 bytes keeps the connection for
 *                                   one more line
 * @param crlf                       CRLF handling in commands and payloads
 * @param rejectsTooManyArguments    more than 64 words is an error (3.2) instead of being truncated
 * @param oversizeCommand            answer to a command that does not fit in the buffer
 * @param oversizePayload            answer to a payload that does not fit in the buffer
 * @param reservesRewriteSpace       the request buffer keeps tune.maxrewrite free (2.x), so commands get less
 * @param emptyPayloadShowsUsage     {@code add map m <<} with an empty payload prints the usage (2.4) instead of
 *                                   failing on key {@code '\n'}
 * @param warnsNewlineChaining       logs once per process that newline-chained commands are unreliable (2.8.8+)
 * @param closeStyle                 how a finished connection is closed while the client may still write
 * @param idleTimeout                when the stats timeout applies
 * @param showsEntryCount            {@code show map} lists {@code entry_cnt=} (2.5+)
 * @param listsHttpClientAcls        the two internal httpclient ACLs appear in {@code show acl} (2.6+)
 * @param acceptsFileAtPrefix        {@code file@/path} addresses a map (3.0+)
 * @param generationScopedSetDel     {@code set map}/{@code del map} by key only touch the current version (3.2)
 * @param setMapReportsParseErrors   {@code set map} by key reports an unparsable value (2.8.11+, 3.1+)
 * @param warnsMapAccessBelowAdmin   map/acl commands below admin log a deprecation warning (3.2.26)
 */
public record VersionProfile(
        String label,
        String version,
        String releaseDate,
        String build,
        LineMode lineMode,
        boolean splitsCommandsEarly,
        boolean emptyCommandShowsUsage,
        boolean unknownCommandNamesWord,
        PromptSyntax promptSyntax,
        PayloadMarkerRule markerRule,
        boolean overlongPatternRunsNextLine,
        CrlfHandling crlf,
        boolean rejectsTooManyArguments,
        OversizeAnswer oversizeCommand,
        OversizeAnswer oversizePayload,
        boolean reservesRewriteSpace,
        boolean emptyPayloadShowsUsage,
        boolean warnsNewlineChaining,
        CloseStyle closeStyle,
        IdleTimeoutRule idleTimeout,
        boolean showsEntryCount,
        boolean listsHttpClientAcls,
        boolean acceptsFileAtPrefix,
        boolean generationScopedSetDel,
        boolean setMapReportsParseErrors,
        boolean warnsMapAccessBelowAdmin) {

    /** HAProxy's MAX_CLI_ARGS. */
    public static final int MAX_ARGUMENTS = 64;

    public VersionProfile {
        Objects.requireNonNull(label);
        Objects.requireNonNull(version);
        Objects.requireNonNull(lineMode);
        Objects.requireNonNull(promptSyntax);
        Objects.requireNonNull(markerRule);
        Objects.requireNonNull(crlf);
        Objects.requireNonNull(oversizeCommand);
        Objects.requireNonNull(oversizePayload);
        Objects.requireNonNull(closeStyle);
        Objects.requireNonNull(idleTimeout);
    }

    /**
     * The most bytes one command (2.4 to 3.1, with its payload) or one whole line (3.2) may take for a given
     * tune.bufsize: one byte is kept for a terminating NUL, and 2.x also keeps tune.maxrewrite free.
     */
    public int commandCapacity(int bufferSize) {
        int reserved = reservesRewriteSpace ? Math.min(1024, bufferSize / 2) : 0;
        return bufferSize - reserved - 1;
    }

    /** The fixed line {@code help} and the usage messages end with for {@code prompt}. */
    public String promptHelpLine() {
        return switch (promptSyntax) {
            case TOGGLE -> "  prompt                                  : toggle interactive mode with prompt\n";
            case TOGGLE_TIMED -> "  prompt [timed]                          : toggle interactive mode with prompt\n";
            case MODES -> "  prompt [help | n | i | p | timed ]*     : toggle interactive mode with prompt\n";
        };
    }
}
