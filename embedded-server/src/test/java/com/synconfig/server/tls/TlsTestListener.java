package com.synconfig.server.tls;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;

/** A minimal Netty TLS listener on loopback (ephemeral port) that records each handshake's outcome. */
final class TlsTestListener implements AutoCloseable {

    /** One handshake as the server saw it; protocol and suite are {@code null} when it failed. */
    record Handshake(boolean success, String protocol, String suite, Throwable cause) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final BlockingQueue<Handshake> handshakes = new LinkedBlockingQueue<>();
    private final Channel server;

    TlsTestListener(ServerTlsSetup setup) throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        SslHandler ssl = setup.context().newHandler(ch.alloc());
                        ch.pipeline().addLast(ssl, new ChannelInboundHandlerAdapter() {
                            @Override
                            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                                if (evt instanceof SslHandshakeCompletionEvent e) {
                                    if (e.isSuccess()) {
                                        SSLSession s = ssl.engine().getSession();
                                        handshakes.add(new Handshake(true, s.getProtocol(), s.getCipherSuite(), null));
                                    } else {
                                        handshakes.add(new Handshake(false, null, null, e.cause()));
                                        ctx.close();
                                    }
                                }
                                ctx.fireUserEventTriggered(evt);
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                ctx.close();
                            }
                        });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** The next handshake outcome; fails the test if none arrives within a generous time. */
    Handshake nextHandshake() throws InterruptedException {
        Handshake h = handshakes.poll(60, TimeUnit.SECONDS);
        if (h == null) {
            throw new AssertionError("no TLS handshake reached the listener within 60 s");
        }
        return h;
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
