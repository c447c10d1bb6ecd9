package com.synconfig.bench;

import com.synconfig.server.Transport;
import com.synconfig.server.tls.JdkTlsSettings;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The library ceiling: Netty and BoringSSL with the very TLS context our server builds (same certificate, suites,
 * protocols, engine flavour) and the same transport, but none of the product's per-connection code: each connection
 * is a {@code SslHandler} and a handler that echoes what it reads, nothing else (no log, no session, no limits).
 * Arguments: {@code NAME=CERT.pem ...}; prints {@code PORT NAME N} per listener, then {@code READY}; serves until
 * its standard input closes.
 */
public final class BareNettyServerMain {

    private BareNettyServerMain() {
    }

    public static void main(String[] args) throws Exception {
        JdkTlsSettings.apply();
        Transport transport = Transport.CHOSEN; // the server's own choice, so both columns run on one transport
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, transport.ioHandlers());
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(0, transport.ioHandlers());
        List<Channel> listeners = new ArrayList<>();
        for (String arg : args) {
            String[] nameAndCert = arg.split("=", 2);
            SslContext tls = BenchServerMain.tls(BenchServerMain.service(nameAndCert[0], nameAndCert[1]).build())
                    .create();
            Channel listener = new ServerBootstrap().group(boss, io)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 256)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc()), Echo.INSTANCE);
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
            listeners.add(listener);
            System.out.println("PORT " + nameAndCert[0] + " "
                    + ((java.net.InetSocketAddress) listener.localAddress()).getPort());
        }
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the harness closes our standard input
        }
        listeners.forEach(Channel::close);
        boss.shutdownGracefully();
        io.shutdownGracefully();
    }

    /** Sends back what it reads; closes on any error (a peer that went away). */
    @ChannelHandler.Sharable
    private static final class Echo extends ChannelInboundHandlerAdapter {
        static final Echo INSTANCE = new Echo();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.writeAndFlush(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
