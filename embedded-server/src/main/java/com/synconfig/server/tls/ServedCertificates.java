package com.synconfig.server.tls;

import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.LocalCa;
import com.synconfig.model.service.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate chain a TLS server presents ({@code synconfig cert inspect --connect}). The handshake only looks:
 * it records the chain and trusts nothing, so the report can judge what a client would refuse.
 */
public final class ServedCertificates {

    private ServedCertificates() {
    }

    /**
     * The report on the chain the server at {@code endpoint} presents, judged as a server's chain: what
     * {@code cert inspect --connect} and the Certificates screen's remote inspection show.
     *
     * @throws IOException when nothing answers there or no chain was presented (the message says why)
     */
    public static CertificateReport report(Endpoint endpoint, CertificateRules.Options options, Duration timeout)
            throws IOException {
        return report(endpoint, options, timeout, LocalCa.none());
    }

    /** As {@link #report(Endpoint, CertificateRules.Options, Duration)}, the chain completed by a local CA. */
    public static CertificateReport report(Endpoint endpoint, CertificateRules.Options options, Duration timeout,
                                           LocalCa localCa) throws IOException {
        return CertificateReport.ofServed(endpoint.toString(), fetch(endpoint.host(), endpoint.port(), timeout),
                options, localCa);
    }

    /** @throws IOException when nothing answers at {@code host:port} or no chain was presented (the message says why) */
    public static List<X509Certificate> fetch(String host, int port, Duration timeout) throws IOException {
        AtomicReference<X509Certificate[]> presented = new AtomicReference<>();
        String endpoint = host + ":" + port;
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLS");
            context.init(null, new X509ExtendedTrustManager[] {new Recorder(presented)}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int millis = Math.toIntExact(timeout.toMillis());
        try (Socket plain = new Socket()) {
            try {
                plain.connect(new InetSocketAddress(host, port), millis);
            } catch (IOException e) {
                throw new IOException(endpoint + ": cannot connect (" + e.getMessage() + "); check the host and port", e);
            }
            plain.setSoTimeout(millis);
            // Layered on the plain socket with the host name, so the server sees it in SNI.
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
                tls.startHandshake();
            } catch (IOException e) {
                if (presented.get() == null) {
                    throw new IOException(endpoint + ": no TLS certificate was presented (" + e.getMessage()
                            + "); is this a TLS port?", e);
                }
            }
        }
        return List.of(presented.get());
    }

    /** Records the server's chain and accepts it: the findings, not this handshake, judge it. */
    private static final class Recorder extends X509ExtendedTrustManager {

        private final AtomicReference<X509Certificate[]> presented;

        Recorder(AtomicReference<X509Certificate[]> presented) {
            this.presented = presented;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            presented.set(chain.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            presented.set(chain.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            presented.set(chain.clone());
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw new UnsupportedOperationException("client certificates are not inspected");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("client certificates are not inspected");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("client certificates are not inspected");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
