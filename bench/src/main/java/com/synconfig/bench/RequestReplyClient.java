package com.synconfig.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Promise;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;

/**
 * What a client of ours does when it connects, as a load: a TLS handshake (new, or resuming the session of the
 * connection before), one request, its whole answer, close; one connection after another, like {@code openssl
 * s_time}. It runs on BoringSSL (netty-tcnative) so that the client takes little of the machine the server
 * shares, and reads the TLS 1.3 session tickets, which arrive after the handshake (s_time only gets them when it
 * sends a request: {@code -reuse} without {@code -www} never resumes a TLS 1.3 session).
 */
final class RequestReplyClient implements AutoCloseable {

    /** How the answer's end is known: a length-prefixed frame (ours) or a fixed number of bytes (an echo). */
    record Exchange(byte[] request, int fixedReplyBytes) {

        static Exchange framed(byte[] frame) {
            return new Exchange(frame, -1);
        }

        static Exchange echoed(byte[] line) {
            return new Exchange(line, line.length);
        }
    }

    /** Connections made, and how many of them resumed a session. */
    record Result(long connections, long resumed) {
        double resumedShare() {
            return connections == 0 ? 0 : resumed / (double) connections;
        }
    }

    private static final Method SESSION_REUSED = sessionReused();

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final SslContext tls;

    RequestReplyClient(Tls.Protocol protocol) throws Exception {
        tls = SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL_REFCNT)
                .trustManager(InsecureTrustManagerFactory.INSTANCE).protocols(protocol.label).build();
    }

    /** Connects to {@code port} again and again for {@code seconds}, each time exchanging {@code exchange}. */
    Result run(int port, Exchange exchange, HandshakeBench.Session session, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long connections = 0;
        long resumed = 0;
        while (System.nanoTime() < end) {
            resumed += once(port, exchange, session == HandshakeBench.Session.RESUMED) ? 1 : 0;
            connections++;
        }
        return new Result(connections, resumed);
    }

    /** One connection; whether its session was resumed. */
    private boolean once(int port, Exchange exchange, boolean resume) throws Exception {
        Promise<Boolean> done = group.next().newPromise();
        new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        // with the peer named, the context's session cache offers its session back (resumption)
                        SslHandler ssl = resume ? tls.newHandler(ch.alloc(), "127.0.0.1", port)
                                : tls.newHandler(ch.alloc());
                        ch.pipeline().addLast(ssl, new Exchanger(ssl.engine(), exchange, done));
                    }
                })
                .connect("127.0.0.1", port);
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no answer from port " + port + " within 30 s");
        }
        if (!done.isSuccess()) {
            throw new IllegalStateException("exchange with port " + port + " failed: " + done.cause(), done.cause());
        }
        return done.getNow();
    }

    /** Sends the request once the handshake is done, reads the whole answer, closes. */
    private static final class Exchanger extends ChannelInboundHandlerAdapter {
        private final SSLEngine engine;
        private final Exchange exchange;
        private final Promise<Boolean> done;
        private long expected;
        private long received;

        Exchanger(SSLEngine engine, Exchange exchange, Promise<Boolean> done) {
            this.engine = engine;
            this.exchange = exchange;
            this.done = done;
            this.expected = exchange.fixedReplyBytes();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof SslHandshakeCompletionEvent hs) {
                if (hs.isSuccess()) {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(exchange.request()));
                } else {
                    fail(ctx, hs.cause());
                }
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf b = (ByteBuf) msg;
            try {
                if (expected < 0 && received == 0 && b.readableBytes() >= 4) {
                    expected = 4 + b.getUnsignedInt(b.readerIndex()); // a frame: its length, then the payload
                }
                received += b.readableBytes();
            } finally {
                ReferenceCountUtil.release(msg);
            }
            if (expected >= 0 && received >= expected) {
                boolean resumed = isSessionReused(engine);
                ctx.close().addListener(f -> done.trySuccess(resumed));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            done.tryFailure(new IllegalStateException("the server closed after " + received + " bytes of the answer"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            fail(ctx, cause);
        }

        private void fail(ChannelHandlerContext ctx, Throwable cause) {
            done.tryFailure(cause);
            ctx.close();
        }
    }

    /** BoringSSL knows whether it resumed; Netty keeps the question to itself. */
    private static Method sessionReused() {
        try {
            Method m = Class.forName("io.netty.handler.ssl.ReferenceCountedOpenSslEngine", false,
                    RequestReplyClient.class.getClassLoader()).getDeclaredMethod("isSessionReused");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this netty-handler has no isSessionReused: " + e, e);
        }
    }

    private static boolean isSessionReused(SSLEngine engine) {
        try {
            return (Boolean) SESSION_REUSED.invoke(engine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        ReferenceCountUtil.release(tls);
    }
}
