package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import com.synconfig.server.wire.Response;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslHandler;
import java.util.List;

/**
 * Looks at a connection's first byte. A TLS record (0x16, handshake) goes to TLS on an encrypted service and is
 * refused on a clear one; anything else is our clear framing, served by a clear service and answered
 * {@code TLS_REQUIRED} by an encrypted one (so a client without /encrypt switches to TLS, as the original's
 * clients do once the server encrypts). Then it removes itself.
 */
final class ProtocolSniffer extends ByteToMessageDecoder {

    private static final byte TLS_HANDSHAKE_RECORD = 0x16;

    private final ServerContext context;
    private final Session session;

    ProtocolSniffer(ServerContext context, Session session) {
        this.context = context;
        this.session = session;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        boolean tls = in.getByte(in.readerIndex()) == TLS_HANDSHAKE_RECORD;
        ChannelPipeline p = ctx.pipeline();
        if (tls && context.sslContext != null) {
            SslHandler handler = context.sslContext.newHandler(ctx.alloc());
            handler.setHandshakeTimeoutMillis(0); // ConnectionDeadlines keeps it, without a timer per connection
            session.handshaking = true;
            p.addAfter(ctx.name(), "tls", handler);
            if (context.fallbackCheckVersion > 0) {
                p.addBefore("tls", "fallback", new FallbackGuard(context.fallbackCheckVersion, context, session));
            }
            addFraming(p, "tls");
            p.remove(this);
        } else if (!tls && context.sslContext == null) {
            addFraming(p, ctx.name());
            p.remove(this);
        } else if (tls) {
            context.events.emit(ServerEvent.Kind.REFUSED, session.remote,
                    "client asked for TLS, but this service is not encrypted; connection closed");
            in.skipBytes(in.readableBytes());
            ctx.close();
        } else {
            context.events.emit(ServerEvent.Kind.REFUSED, session.remote,
                    "client spoke in clear to an encrypted service; told it to use TLS");
            in.skipBytes(in.readableBytes());
            ctx.writeAndFlush(ClearFrames.of(ctx.alloc(), new Response.TlsRequired()))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // before the first byte was understood there is no one to answer
    }

    private void addFraming(ChannelPipeline p, String after) {
        p.addAfter(after, "frames", new FrameDecoder(session, context.settings.limits().maxPreLoginFrame()));
        InFlightLimiter limiter = new InFlightLimiter(); // frames go out whole, length in place (ClearFrames)
        p.addAfter("frames", "limiter", limiter);
        p.addAfter("limiter", "dispatcher", new RequestDispatcher(context, session, limiter));
    }
}
