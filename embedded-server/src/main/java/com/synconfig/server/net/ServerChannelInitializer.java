package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerLimits;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Response;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A new connection's pipeline before the first byte: admit it against the connection caps, count bytes, give it a
 * deadline for HELLO/LOGIN, time out silent clients, then let the {@link ProtocolSniffer} decide between TLS and
 * clear.
 */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** A connection that sends nothing and takes no answer for this long is closed. */
    static final int READ_TIMEOUT_SECONDS = 300;

    private final ServerContext context;
    private final ChannelGroup all;

    public ServerChannelInitializer(ServerContext context, ChannelGroup all) {
        this.context = context;
        this.all = all;
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
        all.add(ch);
        context.sessions.put(ch, session);
        context.events.emit(ServerEvent.Kind.CONNECTED, session.remote, "connected");
        ScheduledFuture<?> deadline = loginDeadline(ch, session, context.settings.limits());
        ch.closeFuture().addListener(f -> {
            deadline.cancel(false);
            context.connectionCount.closed(host);
            context.sessions.remove(ch);
            context.events.emit(ServerEvent.Kind.DISCONNECTED, session.remote,
                    "disconnected (in " + session.bytesIn.get() + " bytes, out " + session.bytesOut.get() + " bytes)");
        });
        ch.pipeline().addLast("bytes", new ByteCounter(session))
                .addLast("timeout", new SilenceTimeout(context.events, session.remote, READ_TIMEOUT_SECONDS))
                .addLast("sniffer", new ProtocolSniffer(context, session));
    }

    /** Closes the connection unless it has done HELLO (and LOGIN in secure mode) in time. */
    private ScheduledFuture<?> loginDeadline(SocketChannel ch, Session session, ServerLimits limits) {
        long seconds = limits.loginDeadline().toSeconds();
        return ch.eventLoop().schedule(() -> {
            if (session.user == null && ch.isActive()) {
                context.events.emit(ServerEvent.Kind.REFUSED, session.remote, "no HELLO"
                        + (context.settings.secure() ? " and LOGIN" : "") + " within " + seconds
                        + " s; connection closed");
                ch.close();
            }
        }, limits.loginDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }
}
