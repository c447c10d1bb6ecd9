package com.synconfig.server.check;

import com.synconfig.model.service.Endpoint;
import com.synconfig.model.servicecheck.ProbeResult;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.TlsProtocol;
import com.synconfig.server.tls.TlsEngine;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

/**
 * Tries TLS handshakes against one endpoint with this program's own engines as clients, one connection each, like a
 * scanner: the client offers one protocol and the given suites, trusts any certificate (it only looks), and closes
 * once the handshake is decided. A failure after the client sent its hello is the server's refusal; a failure before
 * it sent anything means the client could not offer what was asked (not testable here).
 */
final class HandshakeProbe implements AutoCloseable {

    private final Endpoint endpoint;
    private final Duration timeout;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    HandshakeProbe(Endpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /**
     * @throws NoAnswerException when nothing accepts a connection at the endpoint
     */
    ProbeResult handshake(TlsEngine engine, TlsProtocol protocol, List<CipherSuite> suites) throws NoAnswerException {
        return attempt(engine, protocol, suites, false);
    }

    /**
     * Completes a handshake, then asks the server to renegotiate: accepted when the second handshake completes,
     * refused when the server answers with an alert or closes.
     */
    ProbeResult renegotiate(TlsEngine engine, TlsProtocol protocol, List<CipherSuite> suites) throws NoAnswerException {
        return attempt(engine, protocol, suites, true);
    }

    private ProbeResult attempt(TlsEngine engine, TlsProtocol protocol, List<CipherSuite> suites, boolean renegotiate)
            throws NoAnswerException {
        String client = engine.label() + " client";
        SslContext context;
        try {
            context = SslContextBuilder.forClient().sslProvider(engine.provider()).protocols(protocol.id())
                    .ciphers(suites.stream().map(CipherSuite::ianaName).toList(), IdentityCipherSuiteFilter.INSTANCE)
                    .trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        } catch (SSLException | RuntimeException e) {
            return ProbeResult.notTestable(client + " cannot be set up for it: " + e.getMessage());
        }
        AtomicLong sent = new AtomicLong();
        SslHandler ssl = context.newHandler(ByteBufAllocator.DEFAULT, endpoint.host(), endpoint.port());
        ssl.setHandshakeTimeoutMillis(timeout.toMillis());
        Channel channel = connect(ssl, sent);
        try {
            Future<Channel> handshake = ssl.handshakeFuture().awaitUninterruptibly();
            if (!handshake.isSuccess()) {
                return failed(client, sent.get(), handshake.cause());
            }
            if (renegotiate) {
                Future<Channel> again = ssl.renegotiate().awaitUninterruptibly();
                return again.isSuccess() ? ProbeResult.accepted(null, null, client + ": the second handshake completed")
                        : ProbeResult.refused(client + ": " + message(again.cause()));
            }
            SSLSession session = ssl.engine().getSession();
            return ProbeResult.accepted(TlsProtocol.parse(session.getProtocol()),
                    CipherCatalog.standard().find(session.getCipherSuite()).orElse(null),
                    client + " negotiated " + session.getProtocol() + " " + session.getCipherSuite());
        } finally {
            channel.close().awaitUninterruptibly();
            ReferenceCountUtil.release(context);
        }
    }

    private Channel connect(SslHandler ssl, AtomicLong sent) throws NoAnswerException {
        ChannelFuture connected = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeout.toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new SentBytes(sent), ssl, new Quiet());
                    }
                })
                .connect(endpoint.host(), endpoint.port()).awaitUninterruptibly();
        if (!connected.isSuccess()) {
            throw new NoAnswerException(endpoint + ": nothing answers (" + message(connected.cause()) + ")",
                    connected.cause());
        }
        return connected.channel();
    }

    private static ProbeResult failed(String client, long sent, Throwable cause) {
        if (sent == 0) {
            return ProbeResult.notTestable(client + " could not offer it: " + message(cause));
        }
        return ProbeResult.refused(client + ": " + message(cause));
    }

    /** The innermost message, e.g. {@code Received fatal alert: handshake_failure}. */
    static String message(Throwable t) {
        if (t == null) {
            return "no reason given";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    /** The handshake future reports a failure; the pipeline need not log it as unhandled too. */
    private static final class Quiet extends ChannelInboundHandlerAdapter {
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** Counts what the client put on the wire: zero bytes means it never sent its hello. */
    private static final class SentBytes extends ChannelOutboundHandlerAdapter {

        private final AtomicLong sent;

        SentBytes(AtomicLong sent) {
            this.sent = sent;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof ByteBuf b) {
                sent.addAndGet(b.readableBytes());
            }
            ctx.write(msg, promise);
        }
    }
}
