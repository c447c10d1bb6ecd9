package com.synconfig.server;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.unix.Errors;
import java.util.function.Supplier;

/**
 * The socket layer under the server: Linux's native epoll when it loads (a peer that resets its connection costs
 * no Java exception with a stack trace there, and fewer system calls), else the JDK's NIO. Public for the bench,
 * whose bare-Netty reference server must run on the transport our server runs on.
 */
public enum Transport {
    EPOLL(EpollIoHandler::newFactory, EpollServerSocketChannel.class),
    NIO(NioIoHandler::newFactory, NioServerSocketChannel.class);

    /** The transport servers use on this machine. */
    public static final Transport CHOSEN = Epoll.isAvailable() ? EPOLL : NIO;
    /** Linux's EADDRINUSE, which epoll's bind reports as a plain I/O error where NIO throws a BindException. */
    private static final int ADDRESS_IN_USE = 98;

    private final Supplier<IoHandlerFactory> ioHandlers;
    private final Class<? extends ServerChannel> serverChannel;

    Transport(Supplier<IoHandlerFactory> ioHandlers, Class<? extends ServerChannel> serverChannel) {
        this.ioHandlers = ioHandlers;
        this.serverChannel = serverChannel;
    }

    /** Whether {@code e} says that the port is taken, as epoll reports it. */
    static boolean isAddressInUse(Throwable e) {
        return e instanceof Errors.NativeIoException n && n.expectedErr() == -ADDRESS_IN_USE;
    }

    /** A new factory of this transport's I/O handlers, for an event loop group. */
    public IoHandlerFactory ioHandlers() {
        return ioHandlers.get();
    }

    /** The listening channel class of this transport, for {@code ServerBootstrap.channel}. */
    public Class<? extends ServerChannel> serverChannel() {
        return serverChannel;
    }
}
