package com.synconfig.server.tls;

import com.synconfig.model.tls.ServerOffer;
import io.netty.handler.ssl.SslContext;
import java.util.List;

/**
 * A service's server-side TLS context and what it enforces.
 *
 * @param context the netty context to put in the pipeline ({@code context.newHandler(alloc)})
 * @param engine  the engine it runs on
 * @param offer   the protocols and suites in force, and why every other suite is left out
 */
public record ServerTlsSetup(SslContext context, TlsEngine engine, ServerOffer offer) {

    /** Protocols in force, oldest first ({@code TLSv1.2}, {@code TLSv1.3}). */
    public List<String> protocols() {
        return offer.protocolNames();
    }

    /** Suites in force by IANA name, in the server's order of preference. */
    public List<String> cipherSuites() {
        return offer.suiteNames();
    }
}
