package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Response;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;

/**
 * A new connection's pipeline before the first byte: admit it against the connection caps, count its bytes, then
 * let the {@link ProtocolSniffer} decide between TLS and clear. Its deadlines are kept by
 * {@link ConnectionDeadlines}, not by timers of its own.
 */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final ServerContext context;

    public ServerChannelInitializer(ServerContext context) {
        this.context = context;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        InetSocketAddress a = ch.remoteAddress();
        String host = a.getAddress().getHostAddress();
        Session session = new Session(host + ":" + a.getPort(), host);
        String refusal = context.connectionCount.admit(host);
        if (refusal != null) {
            context.events.emit(ServerEvent.Kind.REFUSED, session.remote, "connection refused: " + refusal);
            // in clear framing: a TLS client cannot read it, but its clear retry (as our client makes) can
            ch.writeAndFlush(ClearFrames.of(ch.alloc(), Response.Error.of(ErrorCode.CONNLIM, refusal)))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        context.sessions.put(ch, session);
        context.events.emit(ServerEvent.Kind.CONNECTED, session.remote, "connected");
        ch.closeFuture().addListener(f -> {
            context.connectionCount.closed(host);
            context.sessions.remove(ch);
            context.events.emit(ServerEvent.Kind.DISCONNECTED, session.remote,
                    "disconnected (in " + session.bytesIn.get() + " bytes, out " + session.bytesOut.get() + " bytes)");
        });
        ch.pipeline().addLast("bytes", new ByteCounter(session))
                .addLast("sniffer", new ProtocolSniffer(context, session));
    }
}
