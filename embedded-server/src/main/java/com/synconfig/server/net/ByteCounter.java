package com.synconfig.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/** Counts the bytes a connection carries on the wire (TLS records included) into its session. */
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
}
