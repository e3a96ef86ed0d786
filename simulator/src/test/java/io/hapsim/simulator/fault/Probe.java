package io.hapsim.simulator.fault;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A TCP client for fault tests: sends exact bytes and tells exactly how the answer ended (EOF, reset, silence). */
final class Probe implements AutoCloseable {

    enum End { EOF, RESET, SILENCE }

    /** What came back before the end, and how long it took from the read's start. */
    record Outcome(String received, End end, Duration took) {
        /** What a client makes of it, the time aside. */
        Seen seen() {
            return new Seen(received, end);
        }
    }

    record Seen(String received, End end) {
    }

    private final Socket socket;

    Probe(InetSocketAddress address) throws IOException {
        socket = new Socket();
        socket.connect(address, 5_000);
    }

    Probe send(String latin1) throws IOException {
        socket.getOutputStream().write(latin1.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    Probe shutdownOutput() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** Reads until the server closes or resets, or nothing comes for {@code silence}. */
    Outcome read(Duration silence) throws IOException {
        long start = System.nanoTime();
        socket.setSoTimeout((int) silence.toMillis());
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[65536];
        InputStream in = socket.getInputStream();
        End end;
        while (true) {
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    end = End.EOF;
                    break;
                }
                received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException e) {
                end = End.SILENCE;
                break;
            } catch (SocketException e) {
                end = End.RESET;
                break;
            }
        }
        return new Outcome(received.toString(), end, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Reads until {@code text} came (or the connection ended); what was read so far. */
    String readUntil(String text, Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[65536];
        while (received.indexOf(text) < 0) {
            int n = socket.getInputStream().read(buffer);
            if (n < 0) {
                break;
            }
            received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return received.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
