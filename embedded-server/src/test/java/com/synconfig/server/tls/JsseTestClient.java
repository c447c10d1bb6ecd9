package com.synconfig.server.tls;

import com.synconfig.model.tls.CipherSuite;
import com.synconfig.server.client.AcceptAnyServer;
import com.synconfig.model.tls.ClientProfile;
import com.synconfig.model.tls.TlsProtocol;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * A JSSE client configured from a {@link ClientProfile} (protocols and suites in its order); it checks the
 * handshake, not the (self-signed) certificate.
 */
final class JsseTestClient {

    /** The negotiated protocol and IANA suite, or {@code null}s when the handshake failed. */
    record Result(boolean connected, String protocol, String suite, String error) {
    }

    private JsseTestClient() {
    }

    static Result connect(int port, ClientProfile profile) throws GeneralSecurityException {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new AcceptAnyServer()}, null);
        List<String> suites = new ArrayList<>();
        profile.tls13Suites().forEach(s -> suites.add(s.ianaName()));
        profile.suites().stream().map(CipherSuite::ianaName).forEach(suites::add);
        try (SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            socket.setEnabledProtocols(profile.protocols().stream().map(TlsProtocol::id).toArray(String[]::new));
            socket.setEnabledCipherSuites(suites.toArray(String[]::new));
            socket.startHandshake();
            SSLSession s = socket.getSession();
            return new Result(true, s.getProtocol(), s.getCipherSuite(), null);
        } catch (IOException e) {
            return new Result(false, null, null, e.toString());
        }
    }
}
