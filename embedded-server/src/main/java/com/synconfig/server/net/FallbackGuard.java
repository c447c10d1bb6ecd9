package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import com.synconfig.server.tls.ClientHelloVersions;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * RFC 7507 for the JDK TLS engine, which does not implement it (BoringSSL does): a client that retries with a
 * lower version after a failed handshake marks the retry with TLS_FALLBACK_SCSV; when this server could have
 * spoken a higher version, someone in between forced the downgrade, and the server answers with the fatal alert
 * {@code inappropriate_fallback} instead of a handshake. Sits in front of the TLS handler until the ClientHello
 * is read, then removes itself (handing the bytes on untouched).
 */
final class FallbackGuard extends ByteToMessageDecoder {

    private static final byte ALERT_RECORD = 0x15;
    private static final byte FATAL = 2;
    private static final byte INAPPROPRIATE_FALLBACK = 86;

    private final int highestServed;
    private final ServerContext context;
    private final Session session;

    /** @param highestServed the highest protocol version the service enables, on the wire ({@code 0x0304}) */
    FallbackGuard(int highestServed, ServerContext context, Session session) {
        this.highestServed = highestServed;
        this.context = context;
        this.session = session;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        ClientHelloVersions hello;
        try {
            hello = ClientHelloVersions.read(in);
        } catch (IllegalArgumentException notUnderstood) {
            ctx.pipeline().remove(this); // the engine answers what it is with its own alert
            return;
        }
        if (hello == null) {
            return;
        }
        if (hello.signalsFallback() && hello.highest() < highestServed) {
            context.events.emit(ServerEvent.Kind.TLS_FAILED, session.remote, String.format(
                    "client fell back to version 0x%04x (TLS_FALLBACK_SCSV) although this service speaks 0x%04x:"
                            + " a downgrade; refused with inappropriate_fallback (RFC 7507)",
                    hello.highest(), highestServed));
            in.skipBytes(in.readableBytes());
            int recordVersion = Math.min(hello.highest(), 0x0303); // TLS 1.3 records still say 1.2
            ByteBuf alert = ctx.alloc().buffer(7).writeByte(ALERT_RECORD).writeShort(recordVersion).writeShort(2)
                    .writeByte(FATAL).writeByte(INAPPROPRIATE_FALLBACK);
            ctx.writeAndFlush(alert).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.pipeline().remove(this);
    }
}
