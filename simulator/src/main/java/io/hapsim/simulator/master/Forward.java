package io.hapsim.simulator.master;

import io.hapsim.simulator.transport.CliServer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A command on its way to a process and its answer on the way back: the connection the master opens to the process
 * for it. What is sent waits for the connection; the answer is handed over as it comes, and the end of it (the
 * process closing) once. The master closes its side once the command (and its payload) is sent, unless the client
 * has the process to itself ({@code @@<pid>}).
 */
final class Forward {

    /** What the master does with the answer. */
    interface Answer {
        void received(ByteBuf bytes);

        /** The process closed: the answer is whole. {@code connected} is false if it could not be reached at all. */
        void ended(boolean connected);

        /** Whether the client takes more now; the answer is not read while it does not. */
        boolean clientWritable();
    }

    private final ChannelFuture connection;

    private Forward(ChannelFuture connection) {
        this.connection = connection;
    }

    /** Connects to the process listening at {@code link}, from {@code server}'s event loop. */
    static Forward open(CliServer server, Path link, Answer answer) {
        ChannelFuture connection = server.connect(link, relayTo(answer));
        connection.addListener(connected -> {
            if (!connected.isSuccess()) {
                answer.ended(false);
            }
        });
        return new Forward(connection);
    }

    /** The handler of the connection, relaying to {@code answer}. */
    private static ChannelInboundHandlerAdapter relayTo(Answer answer) {
        return new ChannelInboundHandlerAdapter() {
            private boolean over;

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                answer.received((ByteBuf) msg);
                if (!answer.clientWritable()) {
                    ctx.channel().config().setAutoRead(false);
                }
            }

            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                if (event instanceof ChannelInputShutdownEvent) {
                    end(ctx);
                }
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                end(ctx);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                // a reset from a process that closed with input unread ends its answer like a close
                end(ctx);
            }

            private void end(ChannelHandlerContext ctx) {
                if (!over) {
                    over = true;
                    ctx.close();
                    answer.ended(true);
                }
            }
        };
    }

    void send(String text) {
        send(Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1));
    }

    void send(ByteBuf bytes) {
        connection.addListener(connected -> {
            if (connected.isSuccess()) {
                connection.channel().writeAndFlush(bytes);
            } else {
                bytes.release();
            }
        });
    }

    /** The command is whole: the process reads its end. */
    void finish() {
        connection.addListener(connected -> {
            if (connected.isSuccess() && connection.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
            }
        });
    }

    /** Reads the answer again once the client takes more. */
    void resume() {
        Channel channel = connection.channel();
        if (connection.isSuccess() && !channel.config().isAutoRead()) {
            channel.config().setAutoRead(true);
        }
    }

    /** The client left: the process's connection goes too. */
    void abort() {
        connection.addListener(connected -> connection.channel().close());
    }
}
