package com.synconfig.server.tls;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.model.tls.TlsProtocol;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the server side TLS context for an encrypted service: protocols from its SCL, HIGH suites only,
 * in the preferred order, on BoringSSL (netty-tcnative) when it loads, else the JDK engine.
 */
public final class ServerTlsContexts {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTlsContexts.class);

    private ServerTlsContexts() {
    }

    /** The context for {@code service} on the preferred engine; see {@link #setupFor(ServiceDefinition, ServiceCredentials, TlsEngine)}. */
    public static SslContext forService(ServiceDefinition service, ServiceCredentials credentials) throws SSLException {
        return setupFor(service, credentials, TlsEngine.preferred()).context();
    }

    /** The context on the preferred engine ({@link TlsEngine#preferred()}) with what it enforces. */
    public static ServerTlsSetup setupFor(ServiceDefinition service, ServiceCredentials credentials) throws SSLException {
        return setupFor(service, credentials, TlsEngine.preferred());
    }

    /**
     * Builds the context on {@code engine}: the protocols the service's SCL allows, the offered suites in the
     * server's order of preference, and the server choosing the suite (not the client).
     *
     * @throws SSLException when the engine refuses the key or certificate
     * @throws IllegalArgumentException when the certificate's key is neither RSA nor EC
     * @throws IllegalStateException when the engine does not load here
     */
    public static ServerTlsSetup setupFor(ServiceDefinition service, ServiceCredentials credentials, TlsEngine engine)
            throws SSLException {
        Scl scl = service.scl();
        KeyType keyType = KeyType.ofAlgorithm(credentials.key().getAlgorithm());
        ServerOffer offer = ServerOffer.compute(scl, keyType, EngineProbe.facts(engine), CipherCatalog.standard());
        if (offer.protocols().contains(TlsProtocol.TLS_V1_1)) {
            LOG.warn("SCL 2: deliberately enabling TLS 1.1 (downgrade) for service {} on the {} engine",
                    service.name(), engine.label());
        }
        SslContext context = SslContextBuilder
                .forServer(credentials.key(), credentials.chain().toArray(X509Certificate[]::new))
                .sslProvider(serverProvider(engine))
                .protocols(offer.protocolNames())
                .ciphers(offer.suiteNames(), IdentityCipherSuiteFilter.INSTANCE)
                .clientAuth(ClientAuth.NONE)
                .build();
        LOG.info("Service {}: TLS on {} with {} and {} suites, SCL {}", service.name(), engine.label(),
                offer.protocolNames(), offer.offered().size(), scl.label());
        return new ServerTlsSetup(context, engine, offer);
    }

    /**
     * BoringSSL's reference-counted flavour: each connection's engine is freed when its handler goes, where the
     * other flavour also registers a finalizer per engine, which costs every handshake and every garbage collection.
     * The context itself must then be released by whoever made it ({@code FileServer} does when it stops).
     */
    private static SslProvider serverProvider(TlsEngine engine) {
        return engine == TlsEngine.BORINGSSL ? SslProvider.OPENSSL_REFCNT : engine.provider();
    }
}
