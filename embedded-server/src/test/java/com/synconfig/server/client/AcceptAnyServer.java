package com.synconfig.server.client;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** Trusts every server certificate: for test clients that check only the handshake, never for the product's client. */
public final class AcceptAnyServer implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
