package io.hapsim.simulator.config;

import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;

/**
 * What a {@code stats socket} line sets on its UNIX socket file ({@code user}/{@code uid}, {@code group}/{@code gid},
 * {@code mode}): HAProxy applies them before the socket appears at its path, so that nobody else can connect in
 * between.
 *
 * @param owner the owner to give the file, null to leave it to the process's user
 * @param group the group to give the file, null to leave it to the process's group
 * @param mode  the permission bits (octal in the configuration), 0 to leave those the umask gives
 */
public record SocketFileAccess(UserPrincipal owner, GroupPrincipal group, int mode) {

    /** Nothing set: the file gets the process's user, group and umask. */
    public static final SocketFileAccess NONE = new SocketFileAccess(null, null, 0);

    public SocketFileAccess withOwner(UserPrincipal newOwner) {
        return new SocketFileAccess(newOwner, group, mode);
    }

    public SocketFileAccess withGroup(GroupPrincipal newGroup) {
        return new SocketFileAccess(owner, newGroup, mode);
    }

    public SocketFileAccess withMode(int newMode) {
        return new SocketFileAccess(owner, group, newMode);
    }
}
