package com.synconfig.server.net;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps a connection's memory bounded: a request counts as in flight from the moment its frame is read until
 * its answer has been written to the socket. At {@value #MAX_IN_FLIGHT} the server stops reading from the
 * connection, so a client that pipelines requests and never reads the answers fills its own socket buffers, not
 * the server's heap. Reading resumes once half of them are done.
 */
final class InFlightLimiter extends ChannelInboundHandlerAdapter {

    static final int MAX_IN_FLIGHT = 64;

    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (inFlight.incrementAndGet() >= MAX_IN_FLIGHT) {
            ctx.channel().config().setAutoRead(false);
        }
        ctx.fireChannelRead(msg);
    }

    /** Called with the write of an answer: when it completes, the request is no longer in flight. */
    void answered(ChannelFuture write) {
        write.addListener(f -> {
            if (inFlight.decrementAndGet() <= MAX_IN_FLIGHT / 2 && !write.channel().config().isAutoRead()) {
                write.channel().config().setAutoRead(true);
            }
        });
    }
}
