package io.hapsim.client.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.MasterBusyException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master out of connection slots (HAProxy issue #3351) stands here as a listener that never accepts, its backlog
 * filled: a non-blocking connect fails with EAGAIN, and the client's blocking one does not finish in time.
 */
class MasterCliBusyTest {

    @TempDir
    Path dir;

    @Test
    void aMasterThatTakesNoMoreConnectionsIsBusyAndNothingIsSent() throws IOException {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("master.sock"));
        List<SocketChannel> queued = new ArrayList<>();
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(address, 1);
            fillBacklog(address, queued);
            MasterCli master = MasterCli.of(CliAddress.unix(address.getPath()),
                    CliOptions.defaults().connectTimeout(Duration.ofMillis(200)));

            assertThatThrownBy(() -> master.worker().execute("show info"))
                    .isInstanceOfSatisfying(MasterBusyException.class,
                            e -> assertThat(e.failure()).isEqualTo(ConnectionFailure.BUSY))
                    .hasMessageContaining("did not accept a connection within 200 ms");
        } finally {
            for (SocketChannel channel : queued) {
                channel.close();
            }
        }
    }

    /** Connects without blocking until the kernel refuses: the backlog is then full. */
    private static void fillBacklog(UnixDomainSocketAddress address, List<SocketChannel> queued) throws IOException {
        for (int i = 0; i < 64; i++) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.configureBlocking(false);
            try {
                channel.connect(address);
                queued.add(channel);
            } catch (IOException e) {
                channel.close();
                assertThat(e).hasMessageContaining("Resource temporarily unavailable");
                return;
            }
        }
        fail("the backlog of 1 never filled");
    }
}
