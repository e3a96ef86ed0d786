package io.hapsim.simulator.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supported profiles: the single place where version differences are written down. Each version is the
 * previous one plus what changed, so this file reads like a changelog of the CLI (see
 * shared/spec/version-matrix.md). Each profile is pinned to the release whose behaviour was recorded.
 */
public final class VersionProfiles {

    private static final String SOURCE_BUILD = "built from the release tag without SSL or Lua";
    private static final String DEBIAN_BUILD = "Debian package";
    private static final String FULL_SOURCE_BUILD = "built from the release tag with OpenSSL, Lua, PCRE2 and zlib";

    private static final Map<String, VersionProfile> PROFILES = new LinkedHashMap<>();

    static {
        VersionProfile v24 = VersionProfile.builder("2.4")
                .version("2.4.0-6cbbecf09").releaseDate("2021/05/14").imitates(SOURCE_BUILD)
                .lineMode(LineMode.BUFFERED_RACE)
                .splitsCommandsEarly(false)
                .emptyCommandShowsUsage(true)
                .unknownCommandNamesWord(false)
                .promptSyntax(PromptSyntax.TOGGLE)
                .markerRule(PayloadMarkerRule.COMMAND_SUFFIX)
                .maxPatternLength(7)
                .overlongPatternRunsNextLine(false)
                .crlf(CrlfHandling.STRIP)
                .rejectsTooManyArguments(false)
                .oversizeCommand(OversizeAnswer.SILENT_CLOSE)
                .oversizePayload(OversizeAnswer.SILENT_CLOSE)
                .emptyPayload(EmptyPayload.SHOWS_USAGE)
                .warnsNewlineChaining(false)
                .closeStyle(CloseStyle.ABORT)
                .idleTimeout(IdleTimeoutRule.ALWAYS)
                .showsEntryCount(false)
                .httpClientAcls(0)
                .acceptsFileAtPrefix(false)
                .generationScopedSetDel(false)
                .setMapReportsParseErrors(false)
                .warnsMapAccessBelowAdmin(false)
                .stallsAfterSilentCommand(false)
                .delAclNamesAcl(false)
                .addressSyntax(AddressSyntax.LENIENT_PORTS)
                .sizeSyntax(SizeSyntax.ATOL)
                .maxThreads(64)
                .strictMaxconn(false)
                .backgroundJobs(0)
                .descriptorCap(0)
                .taskCount(new TaskCount(5, true)) // measured on 2.6; 2.4 and 2.8 assumed alike
                .changeClearing(ChangeClearing.KEPT)
                .internalClock(InternalClock.WALL)
                .payloadPrompt(PayloadPrompt.EVERY_LINE)
                .healthNeedsDefaultServer(false)
                .waitsForBackendRemoval(false)
                .waitFailureGivesReason(false)
                .updatesRestateDrain(true)
                // as 2.6 lists them but for HAPROXY_STARTUP_VERSION, which 2.4 does not set yet (its source)
                .ownEnvironment(ProcessVariable.LOCALPEER, ProcessVariable.CFGFILES, ProcessVariable.CLI)
                .streamListing(StreamListing.CHANNEL_TIMEOUTS)
                .streamDump("2.6") // 2.4's source dumps stream interfaces (si[0]=...) instead: not measured
                .startupLog(StartupLog.FROM_FIRST_MESSAGE) // measured on 2.6 (empty: an empty line; announced)
                // measured on 2.6; 2.4 agrees in its source, but for its relative pids and its reload log
                .masterCli(MasterCli.builder().keywords("2.6").requestErrorCloses(true).listsEmptyPrograms(true)
                        .link(4, false).workerDescriptors(11, 0).generation(true, false)
                        .procList(ProcListLimit.NOTHING_PAST_ROOM, false).build())
                .eventsCli(EventsCli.first()) // measured on 2.6; 2.4 and 2.8 alike in their sources
                // measured on 2.6
                .tlsCli(TlsCli.builder().otherFileJoinsTransaction(true).base64EndsChain(true).commitNeedsKey(true)
                        .storesKeepOcspResponses(true)
                        .caStoreOrder(CaStoreOrder.SORTED_BEFORE_EACH_ADDITION).crtListEmptyBrackets(true)
                        .bundleCommitUnlinks(true).build())
                .severityOutputDash(false)
                .messagesEndOneLineFeed(false) // 2.6's del ssl cert ends with two, measured
                .build();

        VersionProfile v26 = v24.derive("2.6")
                .version("2.6.12-1+deb12u4").releaseDate("2026/10/17").imitates(DEBIAN_BUILD)
                .splitsCommandsEarly(true)
                .emptyPayload(EmptyPayload.PASSED_EMPTY)
                .idleTimeout(IdleTimeoutRule.UNLESS_PARTIAL_LINE)
                .showsEntryCount(true)
                .httpClientAcls(2)
                .ownEnvironment(ProcessVariable.STARTUP_VERSION, ProcessVariable.LOCALPEER, ProcessVariable.CFGFILES,
                        ProcessVariable.CLI) // measured on 2.6.12 started from an empty environment
                .masterCli(v24.masterCli().derive().generation(false, true).build()) // measured
                .tlsCli(v24.tlsCli().derive().showsCertificateOcsp(true).build()) // its source
                .build();

        VersionProfile v280 = v26.derive("2.8.0")
                .version("2.8.0-fdd8154ed").releaseDate("2023/05/31").imitates(SOURCE_BUILD)
                .emptyCommandShowsUsage(false)
                .unknownCommandNamesWord(true)
                .internalClock(InternalClock.WRAPPED_WALL) // from the sources, as 3.0 measured
                .strictMaxconn(true)
                .promptSyntax(PromptSyntax.TOGGLE_TIMED)
                .closeStyle(CloseStyle.DRAIN)
                .idleTimeout(IdleTimeoutRule.NEVER)
                .updatesRestateDrain(false) // operational and administrative changes are reported apart
                // measured on 3.0; 2.8 assumed alike (its source already passes the start-up logs' descriptor)
                .ownEnvironment(ProcessVariable.STARTUP_VERSION, ProcessVariable.LOCALPEER,
                        ProcessVariable.STARTUPLOGS_FD, ProcessVariable.CFGFILES, ProcessVariable.CLI)
                .streamListing(StreamListing.CONNECTOR_TIMEOUTS)
                .streamDump("3.0")
                .masterCli(v26.masterCli().derive().requestErrorCloses(false).build()) // from its source
                // its source
                .tlsCli(v26.tlsCli().derive().loadErrorsGiveReason(true).base64EndsChain(false)
                        .ocspResponsesByPath(true).shownOcspResponsesStay(true).storesKeepOcspResponses(false).build())
                .build();

        VersionProfile v28 = v280.derive("2.8")
                .version("2.8.14").releaseDate("2025/01/29")
                .oversizeCommand(OversizeAnswer.COMMAND_TOO_BIG_EXTRA_LF)
                .oversizePayload(OversizeAnswer.COMMAND_TOO_BIG)
                .warnsNewlineChaining(true)
                .idleTimeout(IdleTimeoutRule.ALWAYS)
                .setMapReportsParseErrors(true)
                .build();

        VersionProfile v30 = v28.derive("3.0")
                .version("3.0.11-1+deb13u5").releaseDate("2026/11/18").imitates(DEBIAN_BUILD)
                .startupLog(StartupLog.ANNOUNCED) // measured on 3.0 and 3.2 (empty: nothing)
                .lineMode(LineMode.FIRST_LINE)
                .markerRule(PayloadMarkerRule.LAST_WORD)
                .overlongPatternRunsNextLine(true)
                .crlf(CrlfHandling.KEPT)
                .oversizeCommand(OversizeAnswer.COMMAND_TOO_BIG)
                .warnsNewlineChaining(false)
                .closeStyle(CloseStyle.SHUT_WRITE_THEN_ABORT)
                .httpClientAcls(4)
                .acceptsFileAtPrefix(true)
                .setMapReportsParseErrors(false)
                .stallsAfterSilentCommand(true) // measured on 3.0.11; 3.0.0 ran the rest of the line
                .addressSyntax(AddressSyntax.STRICT_PORTS) // since 2.9
                .maxThreads(256) // Debian's build
                .backgroundJobs(1)
                .taskCount(new TaskCount(7, true)) // measured on 3.0 and 3.2; 3.1 assumed alike
                // measured on 3.0 and 3.2 (2.6: nothing); the sources keep the date among the counters to 3.2.x
                .changeClearing(ChangeClearing.COUNTERS_AND_LAST_CHANGE)
                .masterCli(v28.masterCli().derive().keywords("3.0").link(5, false).reloadReports(true)
                        .readsSeverityOutput(true).workerDescriptors(22, 3)
                        .procList(ProcListLimit.LINES_PAST_BUFFER_DROPPED, false).build()) // measured
                .eventsCli(v28.eventsCli().endedByInput()) // measured
                .severityOutputDash(true) // measured on 3.0; 2.6 prints the terminator
                .messagesEndOneLineFeed(true) // measured on 3.0 (del ssl cert, show events)
                .tlsCli(v28.tlsCli().derive().otherFileJoinsTransaction(false).usagesQuoted(true)
                        .caStoreOrder(CaStoreOrder.ADDED).crtListEmptyBrackets(false).commitAnswersWarnings(true)
                        .distributionPointsEndLine(true).build()) // measured
                .build();

        VersionProfile v31 = v30.derive("3.1")
                .version("3.1.0-f2b97918e").releaseDate("2024/11/26").imitates(FULL_SOURCE_BUILD)
                .setMapReportsParseErrors(true)
                .stallsAfterSilentCommand(false)
                .internalClock(InternalClock.WRAPPED_MONOTONIC) // from the sources, as 3.2 measured
                .sizeSyntax(SizeSyntax.WITH_UNIT)
                .descriptorCap(1_048_576)
                // measured on 3.2; 3.1 assumed alike (its source keeps HAPROXY_BRANCH set)
                .ownEnvironment(ProcessVariable.STARTUP_VERSION, ProcessVariable.BRANCH, ProcessVariable.CFGFILES,
                        ProcessVariable.LOCALPEER, ProcessVariable.CLI)
                .streamListing(StreamListing.CONNECTOR_TIMEOUTS_WITH_OPTIONS)
                // its stream dump stays 3.0's: the p_con line came with 3.2 (source of 3.1.0)
                // from its source; its worker's descriptors assumed as 3.2's, which reads the configuration alike
                .masterCli(v30.masterCli().derive().workerLoadsConfig(true).workerDescriptors(0, 3)
                        .procList(ProcListLimit.LINES_PAST_BUFFER_DROPPED, true) // show proc: its source
                        .maxReloads(-1, true).build()) // its source
                .build();

        VersionProfile v32 = v31.derive("3.2")
                .version("3.2.26-1").releaseDate("2026/10/14").imitates(DEBIAN_BUILD)
                .lineMode(LineMode.WHOLE_LINE)
                .promptSyntax(PromptSyntax.MODES)
                .markerRule(PayloadMarkerRule.LAST_WORD_OF_LINE)
                .overlongPatternRunsNextLine(false)
                .rejectsTooManyArguments(true)
                .oversizeCommand(OversizeAnswer.COMMAND_LINE_TOO_BIG)
                .oversizePayload(OversizeAnswer.COMMAND_LINE_TOO_BIG)
                .generationScopedSetDel(true)
                .warnsMapAccessBelowAdmin(true)
                .delAclNamesAcl(true)
                .payloadPrompt(PayloadPrompt.WHEN_DRAINED)
                .maxThreads(1024) // Debian's build
                .streamDump("3.2")
                .masterCli(v31.masterCli().derive().keywords("3.2").listsEmptyPrograms(false).workerSessions(true)
                        .link(4, true).procList(ProcListLimit.PAGED, false).build())
                // measured; 3.3 assumed alike
                .eventsCli(v31.eventsCli().withDataPlaneApi()) // measured; 3.3 has -0 in its source
                // measured; its build has the fix of GitHub #3165
                .tlsCli(v31.tlsCli().derive().listsFiles(true).showsUncommitted(true).bundleCommitUnlinks(false)
                        .warnsOfNegativeFilters(true).build())
                .build();

        VersionProfile v33 = v32.derive("3.3")
                .version("3.3.0-7832fb21f").releaseDate("2025/11/26").imitates(FULL_SOURCE_BUILD)
                .warnsMapAccessBelowAdmin(false) // still allowed below admin, no longer warned about
                // the last change date left the counters in 3.3.0 (the sources); measured on 3.4
                .changeClearing(ChangeClearing.COUNTERS)
                .oversizePayload(OversizeAnswer.SPIN)
                .rootWarnings(RootWarning.NO_USER)
                .healthNeedsDefaultServer(true)
                .waitFailureGivesReason(true)
                .startupLog(StartupLog.ANNOUNCED_WITH_MAXCONN) // measured on 3.4; 3.3 from its source
                // 3.3.0's source already counts in=/out= per connector and no total= per channel, as 3.4 does;
                // it still names data=STRM, which 3.4 no longer prints
                .streamDump("3.4")
                // released before show proc was paged and its old workers put back newest first
                .masterCli(v32.masterCli().derive().procList(ProcListLimit.LINES_PAST_BUFFER_DROPPED, true).build())
                // its source; measured on 3.4
                .tlsCli(v32.tlsCli().derive().listsOptions(true).commitNeedsKey(false).build())
                .build();

        VersionProfile v34 = v33.derive("3.4")
                .version("3.4.7-1").releaseDate("2026/10/14").imitates(DEBIAN_BUILD)
                .oversizePayload(OversizeAnswer.PAYLOAD_TOO_BIG)
                .oversizeCommand(OversizeAnswer.COMMAND_LINE_TOO_BIG_QUOTED)
                .payloadBufferSize(128 * 1024)
                .maxPatternLength(64)
                .emptyPayload(EmptyPayload.IGNORED)
                .rootWarnings(RootWarning.NO_CHROOT, RootWarning.NO_USER)
                .clearStopsAtLowerVersion(true) // measured on 3.4.7: versions are kept apart, walked from the lowest
                .waitsForBackendRemoval(true)
                .taskCount(new TaskCount(71, false)) // measured on 3.4.7; 3.3 not measured, taken as 3.2
                .ownEnvironment(ProcessVariable.STARTUP_VERSION, ProcessVariable.KEYLOG_FC_LOG_FMT,
                        ProcessVariable.KEYLOG_BC_LOG_FMT, ProcessVariable.BRANCH, ProcessVariable.CFGFILES,
                        ProcessVariable.LOCALPEER, ProcessVariable.CLI) // measured on 3.4.7
                .masterCli(v33.masterCli().derive().link(5, true).procList(ProcListLimit.PAGED, false)
                        .maxReloads(50, true).build())
                // measured; its keyword table is 3.2's
                .eventsCli(v33.eventsCli().withOption("-s")) // measured on 3.4.7: accepted (events are not sanitized)
                // measured
                .tlsCli(v33.tlsCli().derive().keyErrorsGiveOpenSslError(true).commitDotsFollowRebuild(true).build())
                .build();

        for (VersionProfile profile : List.of(v24, v26, v280, v28, v30, v31, v32, v33, v34)) {
            PROFILES.put(profile.label(), profile);
        }
    }

    private VersionProfiles() {
    }

    /** The profile for a label such as {@code 3.0}; also accepts {@code 2.8.14}-style release numbers. */
    public static VersionProfile get(String label) {
        VersionProfile profile = PROFILES.get(label);
        if (profile == null) {
            profile = PROFILES.values().stream()
                    .filter(p -> p.version().equals(label) || p.version().startsWith(label + "-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown HAProxy version profile '" + label + "' (known: " + labels() + ")"));
        }
        return profile;
    }

    public static List<String> labels() {
        return List.copyOf(PROFILES.keySet());
    }

    public static List<VersionProfile> all() {
        return List.copyOf(PROFILES.values());
    }
}
