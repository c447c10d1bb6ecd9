package com.synconfig.server;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.ServerTrust;
import com.synconfig.server.tls.TestCertificates;
import com.synconfig.server.tls.TlsContextSource;
import com.synconfig.server.tls.TlsEngine;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts real servers on ephemeral loopback ports for tests. */
public final class TestServer {

    private TestServer() {
    }

    public static ServerSettings clear(Path dir) {
        return new ServerSettings("TestSrv", "127.0.0.1", 0, null, Scl.LEVEL_3, false, "tester", LogLevel.REQUESTS,
                dir.resolve("data"), dir.resolve("users"));
    }

    public static ServerSettings secure(Path dir) {
        return new ServerSettings("TestSrv", "127.0.0.1", 0, null, Scl.LEVEL_3, true, null, LogLevel.REQUESTS,
                dir.resolve("data"), dir.resolve("users"));
    }

    public static ServerSettings encrypted(Path dir, TlsContextSource tls, Scl scl) {
        return new ServerSettings("TestSrv", "127.0.0.1", 0, tls, scl, false, "tester", LogLevel.REQUESTS,
                dir.resolve("data"), dir.resolve("users"));
    }

    public static FileServer start(ServerSettings s) throws ServerStartException {
        FileServer server = new FileServer(s);
        server.start();
        return server;
    }

    /** TLS from a fresh self-signed certificate in {@code dir}/cert (TLS 1.3 and 1.2), on the preferred engine. */
    public static TlsContextSource selfSignedTls(Path dir) throws Exception {
        return selfSignedTls(dir, TlsEngine.preferred());
    }

    /** As {@link #selfSignedTls(Path)}, on the given engine. */
    public static TlsContextSource selfSignedTls(Path dir, TlsEngine engine) throws Exception {
        TestCertificates certs = TestCertificates.create(Files.createDirectories(dir.resolve("cert")));
        return () -> SslContextBuilder.forServer(certs.cert.toFile(), certs.key.toFile()).sslProvider(engine.provider())
                .protocols("TLSv1.3", "TLSv1.2").build();
    }

    /** A client of a test server; its throw-away certificates are trusted (trust itself is tested on its own). */
    public static ClientOptions client(FileServer server) {
        return ClientOptions.of("127.0.0.1", server.port()).trust(ServerTrust.anyServer());
    }
}
