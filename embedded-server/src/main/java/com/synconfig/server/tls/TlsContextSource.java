package com.synconfig.server.tls;

import io.netty.handler.ssl.SslContext;

/**
 * Where an encrypted service's server-side TLS context comes from: normally
 * {@link ServerTlsContexts#forService}; tests may hand in their own.
 */
@FunctionalInterface
public interface TlsContextSource {

    /**
     * A new context at every call: the server releases it when it stops (a reference-counted context's native
     * memory goes with it).
     *
     * @throws Exception with a message an administrator understands (missing certificate, wrong passphrase...)
     */
    SslContext create() throws Exception;

    /** The engine behind a context, as status reports it. */
    static String engineOf(SslContext context) {
        return (context.getClass().getSimpleName().contains("OpenSsl") ? TlsEngine.BORINGSSL : TlsEngine.JDK).label();
    }
}
