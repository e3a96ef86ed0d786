package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.pattern.Numbers;
import io.hapsim.simulator.state.pattern.PatternRef;

/**
 * The atomic-update commands: {@code prepare map|acl <ref>}, {@code commit map|acl @<ver> <ref>} and
 * {@code clear map|acl [@<ver>] <ref>}.
 */
final class VersionCommands {

    private VersionCommands() {
    }

    static Reply prepare(CommandContext ctx, Kind kind) {
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(2));
        if (ref == null || !kind.lists(ref)) {
            return Reply.error(kind.unknownIdentifier);
        }
        return Reply.info("New version created: " + Integer.toUnsignedString(ref.prepare()) + "\n");
    }

    static Reply commit(CommandContext ctx, Kind kind) {
        if (!ctx.arg(2).startsWith("@")) {
            return Reply.error("Missing version number.\n");
        }
        int version = Numbers.unsignedPrefix(ctx.arg(2).substring(1));
        if (ctx.arg(3).isEmpty()) {
            return Reply.error(kind.missingIdentifier);
        }
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(3));
        if (ref == null || !kind.lists(ref)) {
            return Reply.error(kind.unknownIdentifier);
        }
        PatternRef.Purge purge = ref.beginCommit(version);
        return purge == null ? Reply.error("Version number out of range.\n") : inSlices(purge);
    }

    static Reply clear(CommandContext ctx, Kind kind) {
        int i = 2;
        String version = null;
        if (ctx.arg(2).startsWith("@")) {
            version = ctx.arg(2).substring(1);
            i++;
        }
        if (ctx.arg(i).isEmpty()) {
            return Reply.error(kind.missingIdentifier);
        }
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(i));
        if (ref == null || !kind.lists(ref)) {
            return Reply.error(kind.unknownIdentifier);
        }
        int target = version != null ? Numbers.unsignedPrefix(version) : ref.currentVersion();
        if (ctx.profile().clearStopsAtLowerVersion() && ref.holdsVersionBelow(target)) {
            return Reply.text(""); // 3.4.7 walks its versions from the lowest and gives up at the first other one
        }
        return inSlices(ref.beginClear(target));
    }

    /**
     * The answer of a command that purges entries: nothing until the purge is done, in slices so that a purge of
     * millions of entries does not hold up the other connections (the answer only comes once it is complete).
     */
    private static Reply inSlices(PatternRef.Purge purge) {
        return Reply.stream((out, budget) -> !purge.step(PURGE_SLICE));
    }

    /** Entries looked at per slice of a purge. */
    private static final int PURGE_SLICE = 64 * 1024;
}
