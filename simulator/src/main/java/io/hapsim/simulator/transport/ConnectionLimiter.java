package io.hapsim.simulator.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Applies a {@link ConnectionLimit} on a listener: it sees each connection as it is accepted (the listener accepts
 * one per read, so none gets past the limit), stops accepting at the limit, and accepts again when one closes.
 */
final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

    private final int maxconn;
    private int open;

    ConnectionLimiter(ConnectionLimit limit) {
        this.maxconn = limit.maxconn();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Channel listener = ctx.channel();
        open++;
        if (open >= maxconn) {
            listener.config().setAutoRead(false);
        }
        ((Channel) msg).closeFuture().addListener(closed -> {
            open--;
            if (open == maxconn - 1) {
                listener.config().setAutoRead(true);
            }
        });
        ctx.fireChannelRead(msg);
    }
}
