package com.synconfig.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;

/**
 * Counts the bytes a connection carries on the wire (TLS records included) into its session, and closes the
 * connection when the client has stopped sending (the server runs with half-closure allowed, so that this close is
 * the server's own: over TLS it goes through the TLS handler, which says close_notify, where a connection that
 * simply went inactive would have the engine build an exception about a possible truncation attack, with a stack
 * trace, for every client that hangs up without close_notify, as {@code openssl s_time} does).
 */
final class ByteCounter extends ChannelDuplexHandler {

    private final Session session;

    ByteCounter(Session session) {
        this.session = session;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf b) {
            session.bytesIn.addAndGet(b.readableBytes());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf b) {
            session.bytesOut.addAndGet(b.readableBytes());
        }
        ctx.write(msg, promise);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ChannelInputShutdownEvent) {
            ctx.channel().close();
        }
        ctx.fireUserEventTriggered(evt);
    }
}
