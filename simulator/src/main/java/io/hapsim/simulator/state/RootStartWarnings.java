package io.hapsim.simulator.state;

import io.hapsim.simulator.config.ProcessSettings;
import io.hapsim.simulator.version.RootWarning;
import io.hapsim.simulator.version.VersionProfile;

/**
 * The warnings a version prints at start-up when it runs as root without the global settings that confine it
 * (3.3+); like any warning they count in {@code show info}'s {@code TotalWarnings}. HAProxy names its program in
 * them as it was started: the simulator calls itself {@code haproxy}, a worker of a master the executable's path.
 */
public final class RootStartWarnings {

    private static final String NO_CHROOT = "HAProxy was started as root without any 'chroot' directive."
            + " A chroot limits filesystem access of an intruder to a single, preferably empty, directory. It is"
            + " strongly recommended to enable this feature whenever possible (it's always possible when starting"
            + " as root), via 'chroot auto' in the global section. If you think you have good reasons for running"
            + " outside a chroot, explicitly configure 'chroot /' to silence this warning.\n";
    private static final String NO_USER = "HAProxy was started as the root user and does not make use of"
            + " 'user' nor 'uid' global options to drop the privileges. This is generally considered as a bad"
            + " practice security-wise. If running as root is intentional, please make it explicit using 'uid 0' or"
            + " 'user root', and also please consider using the 'chroot' directive to isolate the process into a"
            + " totally empty and read-only directory if possible. Also, since your operating system supports it,"
            + " always prefer relying on capabilities with unprivileged users than running with full privileges"
            + " (look for 'setcap' in the configurationmanual).\n";

    private RootStartWarnings() {
    }

    /**
     * Logs what {@code profile} warns about for {@code settings}, if this process runs as root; {@code program} is
     * how it was started ({@code haproxy}, or a path).
     */
    public static void log(VersionProfile profile, ProcessSettings settings, ServerLog log, String program) {
        String where = "[" + program + ".main()] ";
        if (!Host.runsAsRoot()) {
            return;
        }
        if (profile.rootWarnings().contains(RootWarning.NO_CHROOT) && !settings.chroot()) {
            log.warning(where + NO_CHROOT);
        }
        if (profile.rootWarnings().contains(RootWarning.NO_USER) && !settings.runsAsUser()) {
            log.warning(where + NO_USER);
        }
    }
}
