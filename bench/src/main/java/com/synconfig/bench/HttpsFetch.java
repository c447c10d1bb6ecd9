package com.synconfig.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Fetches a file from {@code openssl s_server -WWW} over TLS 1.3 with the JDK's TLS client, the same client
 * stack {@code RemoteFileClient} uses, and counts the body bytes.
 */
final class HttpsFetch {

    /** What one fetch moved and over which suite. */
    record Fetched(long bodyBytes, String suite) {
    }

    private HttpsFetch() {
    }

    static Fetched get(int port, String path) throws IOException {
        try (SSLSocket s = (SSLSocket) context().getSocketFactory().createSocket("127.0.0.1", port)) {
            s.setEnabledProtocols(new String[] {"TLSv1.3"});
            s.setSoTimeout(120_000);
            s.startHandshake();
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            long headerEnd = -1;
            int matched = 0; // of "\r\n\r\n"
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n && headerEnd < 0; i++) {
                    matched = buf[i] == "\r\n\r\n".charAt(matched) ? matched + 1 : (buf[i] == '\r' ? 1 : 0);
                    if (matched == 4) {
                        headerEnd = total + i + 1;
                    }
                }
                total += n;
            }
            if (headerEnd < 0) {
                throw new IOException("s_server sent no HTTP header");
            }
            return new Fetched(total - headerEnd, s.getSession().getCipherSuite());
        }
    }

    private static SSLContext context() throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new TrustAll()}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** Like our client, the benchmark encrypts without authenticating the server. */
    private static final class TrustAll implements X509TrustManager {
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
}
