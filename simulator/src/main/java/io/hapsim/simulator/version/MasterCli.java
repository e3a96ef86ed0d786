package io.hapsim.simulator.version;

import java.util.Objects;

/**
 * What differs between versions in the CLI of a master-worker HAProxy's master process ({@code -W -S}), and in how a
 * worker shows its link to the master. Each version's is the previous one's with what changed
 * ({@link #derive()}).
 *
 * @param keywordTable       the master keyword table the version has ({@code master-keywords/<name>.kw}, recorded
 *                           from the binary of that name)
 * @param requestErrorCloses an error in a command the master reads itself (a {@code @} prefix naming no process,
 *                           {@code Permission denied!}) closes the connection (2.4, 2.6); later versions answer it,
 *                           drop what the client sent with it, and read on
 * @param listsEmptyPrograms {@code show proc} prints its {@code # programs} heading even with no program (up to 3.1)
 * @param workerSessions     {@code @@<pid>} hands the rest of the connection to one worker, at the session's level
 *                           (3.2+); before, it names no process
 * @param linkDescriptor     the descriptor a worker's end of its master link has ({@code sockpair@<fd>})
 * @param linkListedFirst    a worker lists its master link before its configured stats sockets, so that they count
 *                           from listener 2 (3.2+); before, after them
 * @param reloadReports      {@code reload} answers {@code Success=1} (or 0) and the new start-up log on the
 *                           connection that asked (3.0+); before, the master executes itself again and every master
 *                           connection closes without a word
 * @param readsSeverityOutput the master reads {@code set severity-output} itself and passes it on before each
 *                           command (3.0+); before, it sends it on like any command
 * @param workerLoadsConfig  the worker loads the configuration, not the master (3.1+): they keep one start-up log (the
 *                           master's notice that it starts the worker, the worker's messages, the master's notice of
 *                           the outcome), the workers running are leaving from the start of a reload, and a
 *                           configuration that does not load is a worker that fails; before, the master loads it,
 *                           keeps its own start-up log, and forks the worker once it has
 * @param workerDescriptors  descriptors a worker counts for its master (the master's listener and connection slots)
 *                           on top of its own, which lower the maxconn it computes: 11 on 2.6, 22 on 3.0, none from
 *                           3.1, where the worker reads the configuration itself (measured)
 * @param reexecutedDescriptors more of them in a worker started by a master that executed itself again to reload
 *                           (3 from 3.0, measured; none on 2.6)
 * @param relativePids       workers have a relative pid, which {@code show proc} lists in a column of its own (old
 *                           workers as {@code [was: N]}, and the master's reloads without failures) and the log names
 *                           them by ({@code New worker #1 (<pid>) forked}): 2.4, from its source
 * @param logsLoadOutcome    a reload logs {@code Reloading HAProxy} and its outcome ({@code Loading success.},
 *                           {@code Loading failure!}) (2.6+); before, {@code Reexecuting Master process} (and
 *                           {@code ... in waitpid mode} when the configuration no longer loads)
 * @param procListLimit      what {@code show proc} does with more processes than a buffer holds
 * @param oldWorkersOldestFirst {@code show proc} lists the old workers from the oldest (3.1.0 and 3.3.0, a regression
 *                           of 3.1 fixed in later releases); else from the newest
 * @param defaultMaxReloads  the reloads a worker outlives before its master kills it when {@code mworker-max-reloads}
 *                           is not set: 50 from 3.4 (measured), none before (-1)
 * @param namesMaxReloads    the master's log says why it killed such a worker ({@code , as it exceeds max reloads
 *                           (N)}, 3.1+)
 */
public record MasterCli(String keywordTable, boolean requestErrorCloses, boolean listsEmptyPrograms,
        boolean workerSessions, int linkDescriptor, boolean linkListedFirst, boolean reloadReports,
        boolean readsSeverityOutput, boolean workerLoadsConfig, int workerDescriptors, int reexecutedDescriptors,
        boolean relativePids, boolean logsLoadOutcome, ProcListLimit procListLimit, boolean oldWorkersOldestFirst,
        int defaultMaxReloads, boolean namesMaxReloads) {

    public MasterCli {
        Objects.requireNonNull(keywordTable);
        Objects.requireNonNull(procListLimit);
    }

    static Builder builder() {
        return new Builder();
    }

    /** A builder holding this one's values, to derive the next version's. */
    Builder derive() {
        Builder builder = new Builder();
        builder.keywordTable = keywordTable;
        builder.requestErrorCloses = requestErrorCloses;
        builder.listsEmptyPrograms = listsEmptyPrograms;
        builder.workerSessions = workerSessions;
        builder.linkDescriptor = linkDescriptor;
        builder.linkListedFirst = linkListedFirst;
        builder.reloadReports = reloadReports;
        builder.readsSeverityOutput = readsSeverityOutput;
        builder.workerLoadsConfig = workerLoadsConfig;
        builder.workerDescriptors = workerDescriptors;
        builder.reexecutedDescriptors = reexecutedDescriptors;
        builder.relativePids = relativePids;
        builder.logsLoadOutcome = logsLoadOutcome;
        builder.procListLimit = procListLimit;
        builder.oldWorkersOldestFirst = oldWorkersOldestFirst;
        builder.defaultMaxReloads = defaultMaxReloads;
        builder.namesMaxReloads = namesMaxReloads;
        return builder;
    }

    static final class Builder {
        private String keywordTable;
        private boolean requestErrorCloses;
        private boolean listsEmptyPrograms;
        private boolean workerSessions;
        private int linkDescriptor;
        private boolean linkListedFirst;
        private boolean reloadReports;
        private boolean readsSeverityOutput;
        private boolean workerLoadsConfig;
        private int workerDescriptors;
        private int reexecutedDescriptors;
        private boolean relativePids;
        private boolean logsLoadOutcome;
        private ProcListLimit procListLimit;
        private boolean oldWorkersOldestFirst;
        private int defaultMaxReloads = -1;
        private boolean namesMaxReloads;

        private Builder() {
        }

        Builder keywords(String table) {
            this.keywordTable = table;
            return this;
        }

        Builder requestErrorCloses(boolean value) {
            this.requestErrorCloses = value;
            return this;
        }

        Builder listsEmptyPrograms(boolean value) {
            this.listsEmptyPrograms = value;
            return this;
        }

        Builder workerSessions(boolean value) {
            this.workerSessions = value;
            return this;
        }

        Builder link(int descriptor, boolean listedFirst) {
            this.linkDescriptor = descriptor;
            this.linkListedFirst = listedFirst;
            return this;
        }

        Builder reloadReports(boolean value) {
            this.reloadReports = value;
            return this;
        }

        Builder readsSeverityOutput(boolean value) {
            this.readsSeverityOutput = value;
            return this;
        }

        Builder workerLoadsConfig(boolean value) {
            this.workerLoadsConfig = value;
            return this;
        }

        Builder workerDescriptors(int atStart, int reexecuted) {
            this.workerDescriptors = atStart;
            this.reexecutedDescriptors = reexecuted;
            return this;
        }

        Builder generation(boolean relativePids, boolean logsLoadOutcome) {
            this.relativePids = relativePids;
            this.logsLoadOutcome = logsLoadOutcome;
            return this;
        }

        Builder procList(ProcListLimit limit, boolean oldestFirst) {
            this.procListLimit = limit;
            this.oldWorkersOldestFirst = oldestFirst;
            return this;
        }

        Builder maxReloads(int byDefault, boolean named) {
            this.defaultMaxReloads = byDefault;
            this.namesMaxReloads = named;
            return this;
        }

        MasterCli build() {
            return new MasterCli(keywordTable, requestErrorCloses, listsEmptyPrograms, workerSessions, linkDescriptor,
                    linkListedFirst, reloadReports, readsSeverityOutput, workerLoadsConfig, workerDescriptors,
                    reexecutedDescriptors, relativePids, logsLoadOutcome, procListLimit, oldWorkersOldestFirst,
                    defaultMaxReloads, namesMaxReloads);
        }
    }

    @Override
    public String toString() {
        return "keywords of " + keywordTable + (requestErrorCloses ? ", an error closes" : "")
                + (listsEmptyPrograms ? ", show proc lists '# programs'" : "")
                + (workerSessions ? ", @@<pid> worker sessions" : "")
                + ", worker link sockpair@" + linkDescriptor + (linkListedFirst ? " listed first" : " listed last")
                + (reloadReports ? ", reload answers Success=" : ", reload closes without a word")
                + (readsSeverityOutput ? ", reads set severity-output itself" : "")
                + (workerLoadsConfig ? ", the worker loads the configuration" : "")
                + ", a worker counts " + workerDescriptors + " descriptors for its master (+" + reexecutedDescriptors
                + " after a reload)" + (relativePids ? ", relative pids" : "")
                + (logsLoadOutcome ? ", logs the load's outcome" : ", logs 'Reexecuting Master process'")
                + ", show proc past a buffer: " + procListLimit + (oldWorkersOldestFirst ? ", oldest first" : "")
                + (defaultMaxReloads >= 0 ? ", workers killed past " + defaultMaxReloads + " reloads" : "");
    }
}
