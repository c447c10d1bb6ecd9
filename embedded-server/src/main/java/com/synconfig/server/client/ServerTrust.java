package com.synconfig.server.client;

import com.synconfig.model.pki.CertificateFiles;
import com.synconfig.model.pki.CertificateInspector;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How the client decides that the TLS server at the other end is the one it means: certificates issued by a CA
 * the admin names ({@code --ca FILE}, with the host name checked against the certificate), a pinned certificate
 * ({@code --pin sha256:...}), or nothing known yet, which refuses every certificate and reports its fingerprint so
 * the user can pin it (trust on first use). A client told to verify (CA or pin) also expects the service to
 * encrypt, so it never logs in over a clear connection.
 */
public final class ServerTrust {

    private enum Kind { AUTHORITIES, PIN, NOTHING_KNOWN, ANY }

    private static final String PIN_PREFIX = "sha256:";

    private final Kind kind;
    private final X509ExtendedTrustManager authorities;
    private final String pin;
    private final String source;

    private ServerTrust(Kind kind, X509ExtendedTrustManager authorities, String pin, String source) {
        this.kind = kind;
        this.authorities = authorities;
        this.pin = pin;
        this.source = source;
    }

    /** Trusts servers whose certificate chains to one of the certificates in {@code pemFile} and names the host. */
    public static ServerTrust authorities(Path pemFile) throws IOException {
        List<X509Certificate> cas = CertificateFiles.readCertificates(pemFile);
        if (cas.isEmpty()) {
            throw new IOException(pemFile + " holds no certificate: give the PEM file of the CA that issued the"
                    + " server's certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("ca" + i, cas.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return new ServerTrust(Kind.AUTHORITIES, x, null, "the CA file " + pemFile);
                }
            }
            throw new IOException("this Java runtime has no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + pemFile + " as CA file: " + e.getMessage(), e);
        }
    }

    /**
     * Trusts exactly the certificate with this SHA-256 fingerprint: {@code sha256:} followed by 64 hex digits,
     * with or without colons, as {@code synconfig cert inspect} and {@code openssl x509 -fingerprint -sha256}
     * print it.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static ServerTrust pinned(String pin) {
        String hex = pin == null ? "" : pin.trim();
        if (hex.regionMatches(true, 0, PIN_PREFIX, 0, PIN_PREFIX.length())) {
            hex = hex.substring(PIN_PREFIX.length());
        }
        hex = hex.replace(":", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("'" + pin + "' is not a certificate pin: write sha256: and the 64 hex"
                    + " digits of the certificate's SHA-256 fingerprint (colons allowed), as 'synconfig cert inspect"
                    + " FILE' prints it");
        }
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
        return new ServerTrust(Kind.PIN, null, fingerprint, "the pinned certificate " + PIN_PREFIX + fingerprint);
    }

    /** Nothing known about the server yet: every certificate is refused, reporting its fingerprint to pin. */
    public static ServerTrust nothingKnown() {
        return new ServerTrust(Kind.NOTHING_KNOWN, null, null, "nothing: no CA file or pin was given");
    }

    /**
     * Trusts every certificate, as the original's client does. For tests and benchmarks that measure the handshake
     * against throw-away certificates; never offered by a face of the program.
     */
    public static ServerTrust anyServer() {
        return new ServerTrust(Kind.ANY, null, null, "any server");
    }

    /** The pin that trusts exactly this certificate, e.g. {@code sha256:AB:CD:...}. */
    public static String pinOf(X509Certificate certificate) {
        return PIN_PREFIX + CertificateInspector.fingerprint(certificate);
    }

    /** Whether the client was told whom to trust, and so expects the service to encrypt. */
    boolean expectsEncryption() {
        return kind == Kind.AUTHORITIES || kind == Kind.PIN;
    }

    /** Whether the host name is checked against the certificate (by the JDK's endpoint identification). */
    boolean checksHostName() {
        return kind == Kind.AUTHORITIES;
    }

    /** What this trust rests on, for messages. */
    String source() {
        return source;
    }

    /** Accepts the chain the server presented or says why not. */
    void check(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        switch (kind) {
            case AUTHORITIES -> authorities.checkServerTrusted(chain, authType, socket);
            case PIN -> {
                String presented = CertificateInspector.fingerprint(chain[0]);
                if (!presented.equals(pin)) {
                    throw new CertificateException("its fingerprint is " + PIN_PREFIX + presented + ", not the pinned "
                            + PIN_PREFIX + pin);
                }
            }
            case NOTHING_KNOWN -> throw new CertificateException("no CA file or pin was given, and this server is not"
                    + " known yet");
            case ANY -> {
                // trusted by request
            }
        }
    }
}
