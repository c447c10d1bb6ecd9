package com.synconfig.server;

import com.synconfig.server.auth.LoginThrottle;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.net.ConnectionDeadlines;
import com.synconfig.server.net.ServerChannelInitializer;
import com.synconfig.server.net.ServerContext;
import com.synconfig.server.store.DataRoot;
import com.synconfig.server.store.FileStore;
import com.synconfig.server.tls.TlsContextSource;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One embedded xfServer-like service: start, graceful stop, restart, status. Thread-safe.
 */
public final class FileServer implements AutoCloseable {

    private static final int WORKER_THREADS = 16;
    private static final long STOP_GRACE_SECONDS = 15;

    private final ServerSettings settings;
    private final ServerEvents events;
    private volatile ServerState state = ServerState.STOPPED;
    private EventLoopGroup boss;
    private EventLoopGroup io;
    private DefaultEventExecutorGroup workers;
    private Channel listener;
    private SslContext ssl;
    private ScheduledFuture<?> deadlines;
    private FileStore files;
    private ServerContext context;
    private String tlsEngine = "none";
    private Instant startedAt;

    public FileServer(ServerSettings settings) {
        this.settings = settings;
        this.events = new ServerEvents(settings.logLevel());
    }

    public ServerEvents events() {
        return events;
    }

    public ServerState state() {
        return state;
    }

    /** Binds the port and serves; throws with a clear message when the port is taken or TLS cannot be set up. */
    public synchronized void start() throws ServerStartException {
        if (state == ServerState.RUNNING) {
            return;
        }
        state = ServerState.STARTING;
        try {
            ssl = settings.encrypted() ? tlsContext(settings.tls()) : null;
            tlsEngine = ssl == null ? "none" : TlsContextSource.engineOf(ssl);
            files = new FileStore(new DataRoot(settings.dataRoot()));
            boss = new MultiThreadIoEventLoopGroup(1, Transport.CHOSEN.ioHandlers());
            io = new MultiThreadIoEventLoopGroup(0, Transport.CHOSEN.ioHandlers());
            workers = new DefaultEventExecutorGroup(WORKER_THREADS);
            context = new ServerContext(settings, files, new UserFile(settings.userFile()),
                    LoginThrottle.of(settings.limits()), events, ssl, workers);
            deadlines = ConnectionDeadlines.start(context, boss.next());
            listener = new ServerBootstrap().group(boss, io).channel(Transport.CHOSEN.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 256)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true) // a client's EOF is closed by ByteCounter
                    .childHandler(new ServerChannelInitializer(context))
                    .bind(settings.bindAddress(), settings.port()).syncUninterruptibly().channel();
        } catch (Exception e) {
            releaseResources();
            state = ServerState.FAILED;
            throw new ServerStartException(startFailure(e), e);
        }
        startedAt = Instant.now();
        state = ServerState.RUNNING;
        events.emit(ServerEvent.Kind.STARTED, null, "service " + settings.name() + " listening on port " + port()
                + (settings.encrypted() ? " with TLS (" + tlsEngine + ", SCL " + settings.scl().label() + ")" : " in clear")
                + ", data root " + files.root().path());
        events.flush(); // a status that says running finds the line in the log
    }

    private static SslContext tlsContext(TlsContextSource source) throws ServerStartException {
        try {
            return source.create();
        } catch (Exception e) {
            throw new ServerStartException("TLS could not be set up: " + e.getMessage(), e);
        }
    }

    private String startFailure(Exception e) {
        if (e instanceof ServerStartException s) {
            return s.getMessage();
        }
        if (e instanceof BindException || Transport.isAddressInUse(e)) {
            return "Port " + settings.port() + " is already in use: stop the program using it or give the service "
                    + "another port.";
        }
        if (e instanceof IOException) {
            return "The data root " + settings.dataRoot() + " cannot be used: " + e.getMessage();
        }
        return "The server could not start: " + e;
    }

    /**
     * Graceful stop: no new connections, requests being answered finish (each write is committed before it is
     * acknowledged), connections are closed, then every file is closed.
     */
    public synchronized void stop() {
        if (state != ServerState.RUNNING) {
            return;
        }
        state = ServerState.STOPPING;
        releaseResources();
        state = ServerState.STOPPED;
        events.emit(ServerEvent.Kind.STOPPED, null, "service " + settings.name() + " stopped");
        events.flush(); // a graceful stop leaves every event in the log
    }

    public synchronized void restart() throws ServerStartException {
        stop();
        start();
    }

    private void releaseResources() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
            listener = null;
        }
        if (deadlines != null) {
            deadlines.cancel(false);
            deadlines = null;
        }
        if (context != null) {
            context.closeConnections(Duration.ofSeconds(STOP_GRACE_SECONDS));
        }
        if (workers != null) {
            workers.shutdownGracefully(0, STOP_GRACE_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
            workers = null;
        }
        if (files != null) {
            files.close();
            files = null;
        }
        for (EventLoopGroup g : new EventLoopGroup[] {boss, io}) {
            if (g != null) {
                g.shutdownGracefully(0, STOP_GRACE_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
            }
        }
        boss = null;
        io = null;
        ReferenceCountUtil.release(ssl); // after the last connection: BoringSSL's native context goes with it
        ssl = null;
    }

    /** The bound port (the real one when the settings asked for 0), or -1 when not running. */
    public int port() {
        Channel l = listener;
        return l == null ? -1 : ((InetSocketAddress) l.localAddress()).getPort();
    }

    public ServerStatus status() {
        ServerContext c = context;
        boolean running = state == ServerState.RUNNING;
        return new ServerStatus(settings.name(), state, port(), settings.encrypted(), running ? tlsEngine : "none",
                settings.encrypted() ? settings.scl().protocols() : List.of(),
                running ? Duration.between(startedAt, Instant.now()) : Duration.ZERO,
                running && c != null ? c.connections() : List.of(), c == null ? 0 : c.internalErrors(),
                running ? deadWorkers() : 0);
    }

    /** Request workers that stopped while the server runs (none can: {@code GuardedWorker}; this proves it). */
    private int deadWorkers() {
        DefaultEventExecutorGroup w = workers;
        int dead = 0;
        if (w != null) {
            for (EventExecutor e : w) {
                dead += e.isShuttingDown() ? 1 : 0;
            }
        }
        return dead;
    }

    /** How many ISAM files are open right now (0 after every client has gone). */
    public int openFiles() {
        FileStore f = files;
        return f == null ? 0 : f.openIsamFiles();
    }

    @Override
    public void close() {
        stop();
    }
}
