package com.synconfig.server.client;

import com.synconfig.server.wire.ErrorCode;
import java.security.cert.X509Certificate;

/**
 * The TLS server's certificate was refused ({@code $ERR_CLNTERR}): the informational text says whose certificate
 * and why; {@link #pin()} is the {@code --pin} that would trust exactly this certificate.
 */
public final class ServerNotTrustedException extends RemoteFileException {

    private final X509Certificate certificate;

    ServerNotTrustedException(String host, X509Certificate certificate, String why, String trustedSource) {
        super(ErrorCode.CLNTERR, ErrorCode.clientServerError(host), "the server's certificate ("
                + certificate.getSubjectX500Principal().getName() + ", " + ServerTrust.pinOf(certificate)
                + ") is not trusted: " + why + ". Trusted: " + trustedSource + ".");
        this.certificate = certificate;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code sha256:AB:CD:...}: the pin that trusts exactly this certificate. */
    public String pin() {
        return ServerTrust.pinOf(certificate);
    }
}
