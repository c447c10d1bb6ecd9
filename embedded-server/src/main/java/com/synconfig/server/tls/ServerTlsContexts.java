package com.synconfig.server.tls;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.ServiceDefinition;
import io.netty.handler.ssl.SslContext;

/**
 * Builds the server side TLS context for an encrypted service: protocols from its SCL, HIGH suites only,
 * in the preferred order, on BoringSSL (netty-tcnative) when it loads, else the JDK engine.
 */
public final class ServerTlsContexts {

    private ServerTlsContexts() {
    }

    public static SslContext forService(ServiceDefinition service, ServiceCredentials credentials) {
        throw new UnsupportedOperationException("not built yet");
    }
}
