package io.hapsim.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.session.AccessLevel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing must end even when the event loop cannot run any more: it is what SIGTERM waits for. */
class CliServerCloseTest {

    @TempDir
    Path dir;

    @Test
    void closesEvenWhenItsEventLoopNeverComesBack() throws Exception {
        CliServer server = new CliServer();
        Path socket = dir.resolve("admin.sock");
        server.bind(new StatsSocket(ListenAddress.unix(socket), AccessLevel.ADMIN), 16384,
                s -> new ChannelInboundHandlerAdapter());
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.eventLoop().execute(() -> {
            stuck.countDown();
            try {
                release.await(); // as an event loop killed by an error, or a task that never returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stuck.await();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), server::close);
            assertThat(socket).doesNotExist();
        } finally {
            release.countDown();
        }
    }
}
