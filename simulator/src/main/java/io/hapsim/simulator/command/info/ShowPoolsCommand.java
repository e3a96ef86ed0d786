package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import java.util.List;

/**
 * {@code show pools}: the memory pools, in the version's format, then their total. The simulator has no pools:
 * the list (names, sizes, counts) is what real HAProxy of that version listed on an idle process, so the names and
 * sizes are a real build's and the counts plausible; the addresses are fixed plausible pointers. Its sorting and
 * filtering options are not simulated.
 */
final class ShowPoolsCommand implements CommandHandler {

    private static final long FIRST_POOL_ADDRESS = 0x7f14d8f86740L;
    private static final long POOL_SPACING = 0x14000L;

    @Override
    public Reply handle(CommandContext ctx) {
        List<Pool> pools = Diagnostics.of(ctx.profile()).pools();
        StringBuilder out = new StringBuilder("Dumping pools usage. Use SIGQUIT to flush them.\n");
        long bytes = 0;
        long cachedBytes = 0;
        for (int i = 0; i < pools.size(); i++) {
            Pool pool = pools.get(i);
            out.append("  - Pool ").append(pool.name()).append(" (").append(pool.size()).append(" bytes")
                    .append(pool.alignment()).append(") : ").append(pool.allocated()).append(" allocated (")
                    .append(pool.bytes()).append(" bytes), ").append(pool.allocated()).append(" used (~")
                    .append(pool.cached()).append(" by thread caches), needed_avg ").append(pool.neededAvg())
                    .append(", 0 failures, ").append(pool.users()).append(" users, @0x")
                    .append(Long.toHexString(FIRST_POOL_ADDRESS + i * POOL_SPACING))
                    .append(pool.shared() ? " [SHARED]\n" : "\n");
            bytes += pool.bytes();
            cachedBytes += pool.cachedBytes();
        }
        return Reply.text(out.append("Total: ").append(pools.size()).append(" pools, ").append(bytes)
                .append(" bytes allocated, ").append(bytes).append(" used (~").append(cachedBytes)
                .append(" by thread caches).\n").toString());
    }
}
