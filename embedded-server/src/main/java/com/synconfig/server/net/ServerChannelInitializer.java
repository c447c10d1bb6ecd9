package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.InetSocketAddress;

/**
 * A new connection's pipeline before the first byte: count bytes, time out silent clients, then let the
 * {@link ProtocolSniffer} decide between TLS and clear.
 */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** A connection that sends nothing for this long is closed. */
    static final int READ_TIMEOUT_SECONDS = 300;

    private final ServerContext context;
    private final ChannelGroup all;

    public ServerChannelInitializer(ServerContext context, ChannelGroup all) {
        this.context = context;
        this.all = all;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        all.add(ch);
        InetSocketAddress a = ch.remoteAddress();
        Session session = new Session(a.getAddress().getHostAddress() + ":" + a.getPort(), a.getAddress().getHostAddress());
        context.sessions.put(ch, session);
        context.events.emit(ServerEvent.Kind.CONNECTED, session.remote, "connected");
        ch.closeFuture().addListener(f -> {
            context.sessions.remove(ch);
            context.events.emit(ServerEvent.Kind.DISCONNECTED, session.remote,
                    "disconnected (in " + session.bytesIn.get() + " bytes, out " + session.bytesOut.get() + " bytes)");
        });
        ch.pipeline().addLast("bytes", new ByteCounter(session))
                .addLast("timeout", new ReadTimeoutHandler(READ_TIMEOUT_SECONDS))
                .addLast("sniffer", new ProtocolSniffer(context, session));
    }
}
