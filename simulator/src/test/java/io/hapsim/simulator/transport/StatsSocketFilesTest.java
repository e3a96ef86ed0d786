package io.hapsim.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import java.io.IOException;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stats sockets are opened as HAProxy opens them: UNIX socket files with the owner, group and mode their line
 * asks for (whatever the umask), refused with HAProxy's message when that cannot be done, and TCP sockets of
 * exactly the family of their address.
 */
class StatsSocketFilesTest {

    /** Connects to each socket given, sends a command, prints the answer or the error: run as another user. */
    private static final String SECOND_USER_CLIENT = """
            import java.net.*;
            import java.nio.*;
            import java.nio.channels.*;
            import java.nio.charset.StandardCharsets;
            public class Connect {
                public static void main(String[] paths) throws Exception {
                    for (String path : paths) {
                        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                            channel.connect(UnixDomainSocketAddress.of(path));
                            channel.write(ByteBuffer.wrap("show cli level\\n".getBytes(StandardCharsets.US_ASCII)));
                            ByteBuffer answer = ByteBuffer.allocate(256);
                            while (channel.read(answer) > 0) { }
                            System.out.print(new String(answer.array(), 0, answer.position(),
                                    StandardCharsets.US_ASCII).strip());
                        } catch (Exception e) {
                            System.out.print(e.getMessage());
                        }
                        System.out.println();
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Simulator start(String... globalLines) {
        return Simulator.builder().config("global\n" + String.join("\n", globalLines) + "\n").log(line -> { })
                .start();
    }

    @Test
    void socketFilesGetTheModeOfTheirLine() throws IOException {
        try (Simulator simulator = start(
                "    stats socket " + dir.resolve("private.sock") + " mode 600 level admin",
                "    stats socket " + dir.resolve("group.sock") + " mode 0660",
                "    stats socket " + dir.resolve("default.sock"))) {
            assertThat(permissions("private.sock")).isEqualTo("rw-------");
            assertThat(permissions("group.sock")).isEqualTo("rw-rw----");
            assertThat(permissions("default.sock")).as("the umask's, as HAProxy leaves it").isNotEqualTo("rw-------");
            assertThat(dir).as("no temporary socket name left behind").isDirectoryNotContaining("glob:**.tmp");
            assertThat(simulator.endpoints()).hasSize(3);
        }
        assertThat(dir.resolve("private.sock")).doesNotExist();
    }

    @Test
    void ownerAndGroupAreSetWhenTheProcessMay() throws IOException {
        Object uid = Files.getAttribute(dir, "unix:uid");
        Object gid = Files.getAttribute(dir, "unix:gid");
        try (Simulator ignored = start("    stats socket " + dir.resolve("a.sock") + " uid " + uid + " gid " + gid
                + " mode 640")) {
            assertThat(Files.getAttribute(dir.resolve("a.sock"), "unix:uid")).isEqualTo(uid);
            assertThat(Files.getAttribute(dir.resolve("a.sock"), "unix:gid")).isEqualTo(gid);
            assertThat(permissions("a.sock")).isEqualTo("rw-r-----");
        }
    }

    @Test
    void aSocketThatCannotBeOpenedStopsTheStartWithHaproxysMessage() {
        Path missing = dir.resolve("no-such-folder").resolve("a.sock");
        assertThatThrownBy(() -> start("    stats socket " + missing))
                .isInstanceOf(ListenException.class)
                .hasMessage("cannot bind UNIX socket (No such file or directory) [" + missing + "]");
    }

    @Test
    void anotherUserConnectsOnlyWhereTheModeAndOwnerLetThem() throws Exception {
        requireRoot();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path client = dir.resolve("Connect.java");
        Files.writeString(client, SECOND_USER_CLIENT);
        try (Simulator ignored = start(
                "    stats socket " + dir.resolve("private.sock") + " mode 600 level admin",
                "    stats socket " + dir.resolve("shared.sock") + " mode 666 level user",
                "    stats socket " + dir.resolve("theirs.sock") + " user nobody group nogroup mode 600")) {
            assertThat(Files.getOwner(dir.resolve("theirs.sock")).getName()).isEqualTo("nobody");

            List<String> answers = runAsNobody(client, "private.sock", "shared.sock", "theirs.sock");

            assertThat(answers).containsExactly("Permission denied", "user", "operator");
        }
    }

    @Test
    void anIpv4AddressIsServedByAnIpv4Socket() throws IOException {
        try (Simulator simulator = Simulator.builder().tcp("127.0.0.1", 0, AccessLevel.ADMIN).log(line -> { })
                .start()) {
            int port = simulator.tcpAddress().getPort();
            assertThat(simulator.tcpAddress().getAddress()).isInstanceOf(Inet4Address.class);
            String hexPort = String.format(Locale.ROOT, ":%04X ", port);
            // the kernel's own listing: an IPv6 socket with a mapped address would be in tcp6, not tcp
            assertThat(listeningSockets("/proc/net/tcp")).anyMatch(line -> line.contains("0100007F" + hexPort));
            assertThat(listeningSockets("/proc/net/tcp6")).noneMatch(line -> line.contains(hexPort));
        }
    }

    private static List<String> listeningSockets(String table) throws IOException {
        // field 4 is the state; 0A is LISTEN
        return Files.readAllLines(Path.of(table)).stream().skip(1)
                .filter(line -> line.trim().split("\\s+")[3].equals("0A")).toList();
    }

    private String permissions(String socket) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(socket)));
    }

    private List<String> runAsNobody(Path client, String... sockets) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup",
                "--clear-groups", java, client.toString()));
        for (String socket : sockets) {
            command.add(dir.resolve(socket).toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    /** Acting as a second user takes root; CI runs as root, so there the test must run. */
    private static void requireRoot() throws IOException {
        boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        if (!root && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI runs as root, and this test must act as a second user there");
        }
        Assumptions.assumeTrue(root, "not root: cannot act as a second local user here");
    }
}
