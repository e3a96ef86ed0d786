package io.hapsim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.junit.HapsimTest;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.NonInteractiveClose;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * haproxy#2658 in a user's test: a loader that streams 200 payload chunks on one connection, the way scripts did
 * with socat. On 2.x whether it loses chunks is a race; the test pins the outcome it wants to check, for the
 * loader's connection only: the client's one-shot commands (prepare, checksum) wait for the server's close, which
 * a pinned connection gives only after the client's end (or its N-th command).
 */
@HapsimTest(version = "2.8", config = "bulk.cfg")
class StreamingUploadTest {

    private static final String MAP = BulkMap.PATH;

    @Test
    void everyChunkAppliesWhenEachArrivesInTime(Simulator haproxy) throws Exception {
        HaproxyCli cli = HaproxyCli.of(CliAddress.unix(haproxy.unixSocket()));
        long version = cli.maps().prepare(MAP);

        haproxy.nonInteractiveCloseOfNextConnection(NonInteractiveClose.never()); // the loader's connection only
        streamChunks(haproxy, version, 200, 100);

        assertThat(cli.maps().checksum(MAP, version).entries()).isEqualTo(20_000);
    }

    @Test
    void aLoaderCutOffAfterChunk50HasOnly50Applied(Simulator haproxy) throws Exception {
        HaproxyCli cli = HaproxyCli.of(CliAddress.unix(haproxy.unixSocket()));
        long version = cli.maps().prepare(MAP);

        haproxy.nonInteractiveCloseOfNextConnection(NonInteractiveClose.afterCommand(50));
        streamChunks(haproxy, version, 200, 100);

        assertThat(cli.maps().checksum(MAP, version).entries()).isEqualTo(5_000);
    }

    @Test
    @HapsimTest(version = "2.6", config = "bulk.cfg")
    void on26TheCutOffLoaderGetsBrokenPipe(Simulator haproxy) throws Exception {
        long version = HaproxyCli.of(CliAddress.unix(haproxy.unixSocket())).maps().prepare(MAP);

        haproxy.nonInteractiveCloseOfNextConnection(NonInteractiveClose.afterCommand(50));
        assertThatThrownBy(() -> streamChunks(haproxy, version, 200, 100)).isInstanceOf(IOException.class);
    }

    /** The naive loader: every chunk as an 'add map @V <<' payload, all on one connection, then the end (as socat). */
    private static void streamChunks(Simulator haproxy, long version, int chunks, int entries) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(haproxy.unixSocket()));
            for (int c = 0; c < chunks; c++) {
                StringBuilder chunk = new StringBuilder("add map @" + version + " " + MAP + " <<\n");
                for (int e = 0; e < entries; e++) {
                    chunk.append("key").append(c).append('_').append(e).append(" value\n");
                }
                ByteBuffer bytes = ByteBuffer.wrap(chunk.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
            channel.shutdownOutput();
            ByteBuffer answers = ByteBuffer.allocate(64 * 1024);
            while (channel.read(answers.clear()) >= 0) {
                // one empty line per chunk that ran
            }
        }
    }
}
