package com.synconfig.server.client;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JSSE face of a {@link ServerTrust} for one connection: checks the chain the server presents and keeps the
 * certificate and the reason it was refused, so a failed handshake can say which server was refused and why.
 */
final class VerifyingTrustManager extends X509ExtendedTrustManager {

    private final ServerTrust trust;
    private volatile X509Certificate presented;
    private volatile CertificateException refusal;

    VerifyingTrustManager(ServerTrust trust) {
        this.trust = trust;
    }

    /** The server's certificate, when it was refused; else {@code null}. */
    X509Certificate refused() {
        return refusal == null ? null : presented;
    }

    /** Why the server's certificate was refused; {@code null} when it was not. */
    CertificateException refusal() {
        return refusal;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        verify(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        verify(chain, authType, null);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        verify(chain, authType, null);
    }

    private void verify(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (chain == null || chain.length == 0) {
            refusal = new CertificateException("the server presented no certificate");
            throw refusal;
        }
        presented = chain[0];
        try {
            trust.check(chain, authType, socket);
        } catch (CertificateException e) {
            refusal = e;
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a client trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a client trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client trusts no clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
