package com.synconfig.server.net;

import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerEvents;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.auth.LoginThrottle;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.store.FileStore;
import com.synconfig.server.tls.ClientHelloVersions;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.EventExecutorGroup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** What every connection of one running server shares. */
public final class ServerContext {

    final ServerSettings settings;
    final FileStore files;
    final UserFile users;
    final LoginThrottle throttle;
    final ServerEvents events;
    final SslContext sslContext;
    final EventExecutorGroup workers;
    final Map<Channel, Session> sessions = new ConcurrentHashMap<>();
    final ConnectionCount connectionCount;
    /** Requests the server failed to answer through no fault of the client's. */
    final LongAdder internalErrors = new LongAdder();
    /**
     * The highest protocol version (on the wire) a downgrade check compares a fallback against, or 0 when the
     * engine checks itself: only the JDK engine lacks TLS_FALLBACK_SCSV (see {@link FallbackGuard}).
     */
    final int fallbackCheckVersion;

    /** @param sslContext {@code null} for a service in clear */
    public ServerContext(ServerSettings settings, FileStore files, UserFile users, LoginThrottle throttle,
                         ServerEvents events, SslContext sslContext, EventExecutorGroup workers) {
        this.settings = settings;
        this.files = files;
        this.users = users;
        this.throttle = throttle;
        this.events = events;
        this.sslContext = sslContext;
        this.workers = workers;
        this.connectionCount = new ConnectionCount(settings.limits());
        this.fallbackCheckVersion = sslContext instanceof JdkSslContext ? ClientHelloVersions.highestOf(
                List.of(sslContext.newEngine(UnpooledByteBufAllocator.DEFAULT).getEnabledProtocols())) : 0;
    }

    public long internalErrors() {
        return internalErrors.sum();
    }

    /** Closes every connection and waits (at most {@code timeout}) until they are closed. */
    public void closeConnections(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ChannelFuture> closing = sessions.keySet().stream().map(Channel::close).toList();
        for (ChannelFuture f : closing) {
            f.awaitUninterruptibly(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    public List<ConnectionInfo> connections() {
        return sessions.values().stream().map(Session::info).toList();
    }
}
