package io.hapsim.simulator;

import io.hapsim.simulator.transport.Endpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Runs a short session against a freshly started simulator before it is announced. A cold JVM answers its first
 * commands hundreds of times slower than HAProxy; since some behaviours depend on whether the client's next bytes
 * arrive before an answer is finished (2.x newline pipelining), the first client must meet a warm simulator.
 */
final class WarmUp {

    /** Commands with no effect on state and nothing logged, touching framing, payloads and the usage writer. */
    private static final String SESSION = "prompt\nshow cli level\nhelp\nshow cli level <<\nx\n\nquit\n";

    private WarmUp() {
    }

    static void run(Endpoint endpoint) throws IOException {
        try (SocketChannel channel = endpoint.isUnix()
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open()) {
            channel.connect(address(endpoint));
            ByteBuffer request = ByteBuffer.wrap(SESSION.getBytes(StandardCharsets.ISO_8859_1));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            ByteBuffer sink = ByteBuffer.allocate(64 * 1024);
            while (channel.read(sink.clear()) >= 0) {
                // discard the answers
            }
        }
    }

    private static SocketAddress address(Endpoint endpoint) {
        if (endpoint.isUnix()) {
            return UnixDomainSocketAddress.of(endpoint.path());
        }
        InetSocketAddress bound = endpoint.tcpAddress();
        if (bound.getAddress().isAnyLocalAddress()) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), bound.getPort());
        }
        return bound;
    }
}
