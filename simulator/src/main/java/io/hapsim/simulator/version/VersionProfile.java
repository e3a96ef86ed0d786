package io.hapsim.simulator.version;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that differs between the HAProxy versions hapsim imitates, as data. Code asks the profile a
 * question ("does an empty command print the usage?"); it never compares version numbers.
 *
 * @param label                      the profile name users pick ({@code 2.4}, {@code 3.0} ...)
 * @param version                    what {@code show version} prints and {@code show info} reports
 * @param releaseDate                {@code show info}'s Release_date
 * @param imitates                   which build the keyword lists follow (they depend on build options)
 * @param lineMode                   how many lines a non-interactive connection runs
 * @param splitsCommandsEarly        a {@code ;}-ended command runs before its line's LF arrives, and a
 *                                   backslash escapes a LF (2.6+); 2.4 waits for the whole line
 * @param emptyCommandShowsUsage     an empty command prints the full "Unknown command" usage (2.4, 2.6)
 * @param unknownCommandNamesWord    "Unknown command: 'foo', ..." (2.8+) instead of "Unknown command, ..."
 * @param promptSyntax               what {@code prompt} accepts
 * @param markerRule                 where a {@code <<} payload marker is recognised
 * @param maxPatternLength           the longest {@code <<PATTERN} that still opens a payload (7, 3.4: 64)
 * @param overlongPatternRunsNextLine 3.0's quirk: a {@code <<PATTERN} over the limit keeps the connection for
 *                                   one more line
 * @param crlf                       CRLF handling in commands and payloads
 * @param rejectsTooManyArguments    more than 64 words is an error (3.2) instead of being truncated
 * @param oversizeCommand            answer to a command that does not fit in the buffer
 * @param oversizePayload            answer to a payload that does not fit in the buffer
 * @param emptyPayload               what a payload that ends at once does
 * @param warnsNewlineChaining       logs once per process that newline-chained commands are unreliable (2.8.8+)
 * @param closeStyle                 how a finished connection is closed while the client may still write
 * @param idleTimeout                when the stats timeout applies
 * @param showsEntryCount            {@code show map} lists {@code entry_cnt=} (2.5+)
 * @param httpClientAcls             how many internal httpclient ACLs {@code show acl} lists after the configured
 *                                   ones (none before 2.6; SSL-enabled builds have twice as many)
 * @param acceptsFileAtPrefix        {@code file@/path} addresses a map (3.0+)
 * @param generationScopedSetDel     {@code set map}/{@code del map} by key only touch the current version (3.2)
 * @param setMapReportsParseErrors   {@code set map} by key reports an unparsable value (2.8.11+, 3.1+)
 * @param warnsMapAccessBelowAdmin   map/acl commands below admin log a deprecation warning (3.2.26)
 * @param stallsAfterSilentCommand   non-interactive, the commands after a {@code -} command on the same line wait
 *                                   until the client sends more or half-closes (3.0.11)
 * @param delAclNamesAcl             {@code del acl} on an unknown reference says "Unknown ACL identifier" (3.2);
 *                                   before, it says "Unknown map identifier"
 * @param addressSyntax              how the configuration's listening addresses are read and refused
 * @param sizeSyntax                 how the configuration's sizes ({@code tune.bufsize}) are read and refused
 * @param maxThreads                 the most threads {@code nbthread} takes (the build's MAX_THREADS)
 * @param strictMaxconn              a global {@code maxconn} must be all digits (2.8+); before, it is read like atol
 * @param backgroundJobs             jobs {@code show info} counts besides listeners and connections (3.0+: one)
 * @param updatesRestateDrain        any update of a draining server (weight, CLI health) logs again that it drains
 *                                   (2.4, 2.6: one report for operational and administrative changes)
 * @param payloadBufferSize          the payload's own buffer ({@code tune.cli.max-payload-size}, 3.4); 0: the payload shares tune.bufsize
 * @param descriptorCap              the default {@code fd-hard-limit} capping the descriptors HAProxy budgets (3.1+), 0 for none
 * @param taskCount                  how many tasks {@code show info} counts in an idle process
 * @param changeClearing             what {@code clear counters all} does to the change history (lastchg, chkdown,
 *                                   and from 3.0 to 3.2 the last change date downtime and ages count from)
 * @param internalClock              the clock of the process's internal dates (show peers, ages after a clear)
 * @param rootWarnings               what the version warns about at start-up when run as root
 * @param payloadPrompt              when prompt mode asks for more payload lines with {@code + }
 * @param clearStopsAtLowerVersion   {@code clear map @V} empties nothing while entries of a lower version exist (3.4.7)
 * @param healthNeedsDefaultServer   a server's check health starts at its rise only when a default-server line applies
 *                                   to it (3.3+); otherwise at 0, which show servers state prints for unchecked servers
 * @param waitsForBackendRemoval     {@code wait} knows the be-removable condition (3.4)
 * @param waitFailureGivesReason     a {@code wait} condition that can never be met says why (3.3+), not just "Failed."
 * @param ownEnvironment             the {@code HAPROXY_*} variables the process sets for itself and {@code show env}
 *                                   lists after the inherited ones, in the order it sets them
 * @param streamListing              how {@code show sess} reads its words and lists a CLI stream
 * @param streamDump                 the name of the layout {@code show sess all} dumps a stream in at length
 *                                   ({@code command/session/stream-dump/<name>.txt}, the version measured)
 * @param startupLog                 what the start-up log keeps and adds ({@code show startup-logs})
 * @param masterCli                  the master process's CLI in master-worker mode
 * @param eventsCli                  {@code show events}: sinks, options, messages, how following a ring ends
 * @param tlsCli                     what the TLS commands print
 * @param severityOutputDash         {@code set severity-output <choice> -} answers without its terminator, as the
 *                                   other commands a master sends before a command do (3.0+)
 * @param messagesEndOneLineFeed     a message ends with exactly one line feed, whatever its text ended with (3.0+);
 *                                   before, the text goes out as the command wrote it, two line feeds or none
 */
public record VersionProfile(
        String label,
        String version,
        String releaseDate,
        String imitates,
        LineMode lineMode,
        boolean splitsCommandsEarly,
        boolean emptyCommandShowsUsage,
        boolean unknownCommandNamesWord,
        PromptSyntax promptSyntax,
        PayloadMarkerRule markerRule,
        int maxPatternLength,
        boolean overlongPatternRunsNextLine,
        CrlfHandling crlf,
        boolean rejectsTooManyArguments,
        OversizeAnswer oversizeCommand,
        OversizeAnswer oversizePayload,
        EmptyPayload emptyPayload,
        boolean warnsNewlineChaining,
        CloseStyle closeStyle,
        IdleTimeoutRule idleTimeout,
        boolean showsEntryCount,
        int httpClientAcls,
        boolean acceptsFileAtPrefix,
        boolean generationScopedSetDel,
        boolean setMapReportsParseErrors,
        boolean warnsMapAccessBelowAdmin,
        boolean stallsAfterSilentCommand,
        boolean delAclNamesAcl,
        AddressSyntax addressSyntax,
        SizeSyntax sizeSyntax,
        int maxThreads,
        boolean strictMaxconn,
        int backgroundJobs,
        long descriptorCap,
        TaskCount taskCount,
        ChangeClearing changeClearing,
        InternalClock internalClock,
        boolean updatesRestateDrain,
        int payloadBufferSize,
        Set<RootWarning> rootWarnings,
        PayloadPrompt payloadPrompt,
        boolean clearStopsAtLowerVersion,
        boolean healthNeedsDefaultServer,
        boolean waitsForBackendRemoval,
        boolean waitFailureGivesReason,
        List<ProcessVariable> ownEnvironment,
        StreamListing streamListing,
        String streamDump,
        StartupLog startupLog,
        MasterCli masterCli,
        EventsCli eventsCli,
        TlsCli tlsCli,
        boolean severityOutputDash,
        boolean messagesEndOneLineFeed) {

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
        Objects.requireNonNull(emptyPayload);
        Objects.requireNonNull(addressSyntax);
        Objects.requireNonNull(payloadPrompt);
        rootWarnings = rootWarnings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rootWarnings));
        Objects.requireNonNull(sizeSyntax);
        ownEnvironment = List.copyOf(ownEnvironment);
        Objects.requireNonNull(streamListing);
        Objects.requireNonNull(streamDump);
        Objects.requireNonNull(startupLog);
        Objects.requireNonNull(masterCli);
        Objects.requireNonNull(eventsCli);
        Objects.requireNonNull(tlsCli);
        Objects.requireNonNull(changeClearing);
        Objects.requireNonNull(internalClock);
    }

    /** The fixed line {@code help} and the usage messages end with for {@code prompt}. */
    public String promptHelpLine() {
        return switch (promptSyntax) {
            case TOGGLE -> "  prompt                                  : toggle interactive mode with prompt\n";
            case TOGGLE_TIMED -> "  prompt [timed]                          : toggle interactive mode with prompt\n";
            case MODES -> "  prompt [help | n | i | p | timed ]*     : toggle interactive mode with prompt\n";
        };
    }

    /** A copy to derive the next version from: {@code v3_0.derive("3.1").version("3.1.0")...build()}. */
    public Builder derive(String newLabel) {
        Builder builder = new Builder();
        builder.label = label;
        builder.version = version;
        builder.releaseDate = releaseDate;
        builder.imitates = imitates;
        builder.lineMode = lineMode;
        builder.splitsCommandsEarly = splitsCommandsEarly;
        builder.emptyCommandShowsUsage = emptyCommandShowsUsage;
        builder.unknownCommandNamesWord = unknownCommandNamesWord;
        builder.promptSyntax = promptSyntax;
        builder.markerRule = markerRule;
        builder.maxPatternLength = maxPatternLength;
        builder.overlongPatternRunsNextLine = overlongPatternRunsNextLine;
        builder.crlf = crlf;
        builder.rejectsTooManyArguments = rejectsTooManyArguments;
        builder.oversizeCommand = oversizeCommand;
        builder.oversizePayload = oversizePayload;
        builder.emptyPayload = emptyPayload;
        builder.warnsNewlineChaining = warnsNewlineChaining;
        builder.closeStyle = closeStyle;
        builder.idleTimeout = idleTimeout;
        builder.showsEntryCount = showsEntryCount;
        builder.httpClientAcls = httpClientAcls;
        builder.acceptsFileAtPrefix = acceptsFileAtPrefix;
        builder.generationScopedSetDel = generationScopedSetDel;
        builder.setMapReportsParseErrors = setMapReportsParseErrors;
        builder.warnsMapAccessBelowAdmin = warnsMapAccessBelowAdmin;
        builder.stallsAfterSilentCommand = stallsAfterSilentCommand;
        builder.delAclNamesAcl = delAclNamesAcl;
        builder.addressSyntax = addressSyntax;
        builder.sizeSyntax = sizeSyntax;
        builder.maxThreads = maxThreads;
        builder.strictMaxconn = strictMaxconn;
        builder.backgroundJobs = backgroundJobs;
        builder.descriptorCap = descriptorCap;
        builder.taskCount = taskCount;
        builder.changeClearing = changeClearing;
        builder.internalClock = internalClock;
        builder.updatesRestateDrain = updatesRestateDrain;
        builder.payloadBufferSize = payloadBufferSize;
        builder.rootWarnings = rootWarnings;
        builder.payloadPrompt = payloadPrompt;
        builder.clearStopsAtLowerVersion = clearStopsAtLowerVersion;
        builder.healthNeedsDefaultServer = healthNeedsDefaultServer;
        builder.waitsForBackendRemoval = waitsForBackendRemoval;
        builder.waitFailureGivesReason = waitFailureGivesReason;
        builder.ownEnvironment = ownEnvironment;
        builder.streamListing = streamListing;
        builder.streamDump = streamDump;
        builder.startupLog = startupLog;
        builder.masterCli = masterCli;
        builder.eventsCli = eventsCli;
        builder.tlsCli = tlsCli;
        builder.severityOutputDash = severityOutputDash;
        builder.messagesEndOneLineFeed = messagesEndOneLineFeed;
        builder.label = newLabel;
        return builder;
    }

    public static Builder builder(String label) {
        Builder builder = new Builder();
        builder.label = label;
        return builder;
    }

    /** Builds profiles field by field; {@link VersionProfiles} reads as "this version changed these". */
    public static final class Builder {
        private String label;
        private String version;
        private String releaseDate;
        private String imitates;
        private LineMode lineMode;
        private boolean splitsCommandsEarly;
        private boolean emptyCommandShowsUsage;
        private boolean unknownCommandNamesWord;
        private PromptSyntax promptSyntax;
        private PayloadMarkerRule markerRule;
        private int maxPatternLength;
        private boolean overlongPatternRunsNextLine;
        private CrlfHandling crlf;
        private boolean rejectsTooManyArguments;
        private OversizeAnswer oversizeCommand;
        private OversizeAnswer oversizePayload;
        private EmptyPayload emptyPayload;
        private boolean warnsNewlineChaining;
        private CloseStyle closeStyle;
        private IdleTimeoutRule idleTimeout;
        private boolean showsEntryCount;
        private int httpClientAcls;
        private boolean acceptsFileAtPrefix;
        private boolean generationScopedSetDel;
        private boolean setMapReportsParseErrors;
        private boolean warnsMapAccessBelowAdmin;
        private boolean stallsAfterSilentCommand;
        private boolean delAclNamesAcl;
        private AddressSyntax addressSyntax;
        private SizeSyntax sizeSyntax;
        private int maxThreads;
        private boolean strictMaxconn;
        private int backgroundJobs;
        private long descriptorCap;
        private TaskCount taskCount;
        private ChangeClearing changeClearing;
        private InternalClock internalClock;
        private boolean updatesRestateDrain;
        private int payloadBufferSize;
        private Set<RootWarning> rootWarnings = Set.of();
        private PayloadPrompt payloadPrompt;
        private boolean clearStopsAtLowerVersion;
        private boolean healthNeedsDefaultServer;
        private boolean waitsForBackendRemoval;
        private boolean waitFailureGivesReason;
        private List<ProcessVariable> ownEnvironment = List.of();
        private StreamListing streamListing;
        private String streamDump;
        private StartupLog startupLog;
        private MasterCli masterCli;
        private EventsCli eventsCli;
        private TlsCli tlsCli;
        private boolean severityOutputDash;
        private boolean messagesEndOneLineFeed;

        private Builder() {
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public Builder releaseDate(String value) {
            this.releaseDate = value;
            return this;
        }

        public Builder imitates(String value) {
            this.imitates = value;
            return this;
        }

        public Builder lineMode(LineMode value) {
            this.lineMode = value;
            return this;
        }

        public Builder splitsCommandsEarly(boolean value) {
            this.splitsCommandsEarly = value;
            return this;
        }

        public Builder emptyCommandShowsUsage(boolean value) {
            this.emptyCommandShowsUsage = value;
            return this;
        }

        public Builder unknownCommandNamesWord(boolean value) {
            this.unknownCommandNamesWord = value;
            return this;
        }

        public Builder promptSyntax(PromptSyntax value) {
            this.promptSyntax = value;
            return this;
        }

        public Builder markerRule(PayloadMarkerRule value) {
            this.markerRule = value;
            return this;
        }

        public Builder maxPatternLength(int value) {
            this.maxPatternLength = value;
            return this;
        }

        public Builder overlongPatternRunsNextLine(boolean value) {
            this.overlongPatternRunsNextLine = value;
            return this;
        }

        public Builder crlf(CrlfHandling value) {
            this.crlf = value;
            return this;
        }

        public Builder rejectsTooManyArguments(boolean value) {
            this.rejectsTooManyArguments = value;
            return this;
        }

        public Builder oversizeCommand(OversizeAnswer value) {
            this.oversizeCommand = value;
            return this;
        }

        public Builder oversizePayload(OversizeAnswer value) {
            this.oversizePayload = value;
            return this;
        }

        public Builder emptyPayload(EmptyPayload value) {
            this.emptyPayload = value;
            return this;
        }

        public Builder warnsNewlineChaining(boolean value) {
            this.warnsNewlineChaining = value;
            return this;
        }

        public Builder closeStyle(CloseStyle value) {
            this.closeStyle = value;
            return this;
        }

        public Builder idleTimeout(IdleTimeoutRule value) {
            this.idleTimeout = value;
            return this;
        }

        public Builder showsEntryCount(boolean value) {
            this.showsEntryCount = value;
            return this;
        }

        public Builder httpClientAcls(int value) {
            this.httpClientAcls = value;
            return this;
        }

        public Builder acceptsFileAtPrefix(boolean value) {
            this.acceptsFileAtPrefix = value;
            return this;
        }

        public Builder generationScopedSetDel(boolean value) {
            this.generationScopedSetDel = value;
            return this;
        }

        public Builder setMapReportsParseErrors(boolean value) {
            this.setMapReportsParseErrors = value;
            return this;
        }

        public Builder warnsMapAccessBelowAdmin(boolean value) {
            this.warnsMapAccessBelowAdmin = value;
            return this;
        }

        public Builder stallsAfterSilentCommand(boolean value) {
            this.stallsAfterSilentCommand = value;
            return this;
        }

        public Builder delAclNamesAcl(boolean value) {
            this.delAclNamesAcl = value;
            return this;
        }

        public Builder addressSyntax(AddressSyntax value) {
            this.addressSyntax = value;
            return this;
        }

        public Builder sizeSyntax(SizeSyntax value) {
            this.sizeSyntax = value;
            return this;
        }

        public Builder maxThreads(int value) {
            this.maxThreads = value;
            return this;
        }

        public Builder strictMaxconn(boolean value) {
            this.strictMaxconn = value;
            return this;
        }

        public Builder backgroundJobs(int value) {
            this.backgroundJobs = value;
            return this;
        }

        public Builder taskCount(TaskCount value) {
            this.taskCount = value;
            return this;
        }

        public Builder changeClearing(ChangeClearing value) {
            this.changeClearing = value;
            return this;
        }

        public Builder internalClock(InternalClock value) {
            this.internalClock = value;
            return this;
        }

        public Builder descriptorCap(long value) {
            this.descriptorCap = value;
            return this;
        }

        public Builder updatesRestateDrain(boolean value) {
            this.updatesRestateDrain = value;
            return this;
        }

        public Builder payloadBufferSize(int value) {
            this.payloadBufferSize = value;
            return this;
        }

        public Builder rootWarnings(RootWarning... values) {
            this.rootWarnings = Set.of(values);
            return this;
        }

        public Builder payloadPrompt(PayloadPrompt value) {
            this.payloadPrompt = value;
            return this;
        }

        public Builder clearStopsAtLowerVersion(boolean value) {
            this.clearStopsAtLowerVersion = value;
            return this;
        }

        public Builder healthNeedsDefaultServer(boolean value) {
            this.healthNeedsDefaultServer = value;
            return this;
        }

        public Builder waitsForBackendRemoval(boolean value) {
            this.waitsForBackendRemoval = value;
            return this;
        }

        public Builder waitFailureGivesReason(boolean value) {
            this.waitFailureGivesReason = value;
            return this;
        }

        public Builder ownEnvironment(ProcessVariable... value) {
            this.ownEnvironment = List.of(value);
            return this;
        }

        public Builder streamListing(StreamListing value) {
            this.streamListing = value;
            return this;
        }

        public Builder streamDump(String value) {
            this.streamDump = value;
            return this;
        }

        public Builder startupLog(StartupLog value) {
            this.startupLog = value;
            return this;
        }

        public Builder masterCli(MasterCli value) {
            this.masterCli = value;
            return this;
        }

        public Builder eventsCli(EventsCli value) {
            this.eventsCli = value;
            return this;
        }

        public Builder tlsCli(TlsCli value) {
            this.tlsCli = value;
            return this;
        }

        public Builder severityOutputDash(boolean value) {
            this.severityOutputDash = value;
            return this;
        }

        public Builder messagesEndOneLineFeed(boolean value) {
            this.messagesEndOneLineFeed = value;
            return this;
        }

        public VersionProfile build() {
            return new VersionProfile(
                    label, version, releaseDate, imitates, lineMode, splitsCommandsEarly, emptyCommandShowsUsage,
                    unknownCommandNamesWord, promptSyntax, markerRule, maxPatternLength, overlongPatternRunsNextLine,
                    crlf, rejectsTooManyArguments, oversizeCommand, oversizePayload,
                    emptyPayload, warnsNewlineChaining, closeStyle, idleTimeout, showsEntryCount,
                    httpClientAcls, acceptsFileAtPrefix, generationScopedSetDel, setMapReportsParseErrors,
                    warnsMapAccessBelowAdmin, stallsAfterSilentCommand, delAclNamesAcl, addressSyntax,
                    sizeSyntax, maxThreads, strictMaxconn, backgroundJobs, descriptorCap, taskCount, changeClearing,
                    internalClock, updatesRestateDrain,
                    payloadBufferSize, rootWarnings, payloadPrompt, clearStopsAtLowerVersion,
                    healthNeedsDefaultServer, waitsForBackendRemoval, waitFailureGivesReason, ownEnvironment,
                    streamListing, streamDump, startupLog, masterCli, eventsCli, tlsCli, severityOutputDash,
                    messagesEndOneLineFeed);
        }
    }
}
