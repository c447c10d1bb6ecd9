package com.synconfig.model.tls;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Predicts what a client and a service will negotiate, or why they cannot, following the rules the engines were
 * measured to apply (docs/ciphers.md): the newest protocol both accept; an OpenSSL 3.0 client at security level 1
 * or more refuses TLS 1.0/1.1; below TLS 1.3 the server's order picks the suite; for TLS 1.3 the server's order on
 * the JDK engine, the client's on BoringSSL.
 */
public final class NegotiationPreview {

    private NegotiationPreview() {
    }

    /**
     * @param host the server's host name as the client names it (it appears in the client's error text)
     */
    public static Prediction predict(ServerOffer offer, ClientProfile client, String host) {
        List<TlsProtocol> common = client.protocols().stream().filter(offer.protocols()::contains).sorted().toList();
        if (common.isEmpty()) {
            return failure(offer, client, host, "no protocol in common: the client offers " + labels(client.protocols())
                    + ", the server at SCL " + offer.scl().label() + " accepts " + labels(offer.protocols()));
        }
        TlsProtocol protocol = common.get(common.size() - 1);
        if (client.library() == ClientLibrary.OPENSSL_3_0 && client.securityLevel() >= 1
                && !protocol.atLeast(TlsProtocol.TLS_V1_2)) {
            return failure(offer, client, host, "the client's OpenSSL refuses " + protocol.label()
                    + " at security level " + client.securityLevel() + " (" + protocol.label()
                    + " signs the handshake with SHA-1, which OpenSSL 3.0 forbids from level 1); add @SECLEVEL=0 to"
                    + " the client's cipher string or let it use TLS 1.2");
        }
        if (protocol == TlsProtocol.TLS_V1_3) {
            return tls13(offer, client, host);
        }
        Optional<CipherSuite> suite = offer.offered().stream()
                .filter(s -> s.usableWith(protocol) && client.suites().contains(s)).findFirst();
        return suite.map(s -> success(offer, client, protocol, s, protocol.label() + " is the newest protocol both accept; "
                        + s.openSslName() + " is the server's first choice that the client offers"))
                .orElseGet(() -> noSuite(offer, client, host, protocol));
    }

    private static Prediction tls13(ServerOffer offer, ClientProfile client, String host) {
        List<CipherSuite> server = offer.offered().stream().filter(CipherSuite::isTls13).toList();
        Optional<CipherSuite> suite;
        String why;
        if (offer.tls13ServerOrder()) {
            suite = server.stream().filter(client.tls13Suites()::contains).findFirst();
            why = "the server's first choice that the client offers";
        } else {
            suite = client.tls13Suites().stream().filter(server::contains).findFirst();
            why = "the client's first choice (" + offer.engine() + " lets the client choose among TLS 1.3 suites)";
        }
        return suite.map(s -> success(offer, client, TlsProtocol.TLS_V1_3, s,
                        "TLS 1.3 is the newest protocol both accept; " + s.openSslName() + " is " + why))
                .orElseGet(() -> noSuite(offer, client, host, TlsProtocol.TLS_V1_3));
    }

    private static Prediction noSuite(ServerOffer offer, ClientProfile client, String host, TlsProtocol protocol) {
        return failure(offer, client, host, "no cipher suite in common over " + protocol.label() + ": the server offers "
                + offer.offered().stream().filter(s -> s.usableWith(protocol)).count() + " HIGH suites for its "
                + offer.keyType() + " certificate and the client offers none of them");
    }

    private static Prediction success(ServerOffer offer, ClientProfile client, TlsProtocol protocol, CipherSuite suite,
                                      String reason) {
        return new Prediction(client, offer, protocol, suite, "", "", reason);
    }

    private static Prediction failure(ServerOffer offer, ClientProfile client, String host, String reason) {
        return new Prediction(client, offer, null, null, "Client server error, host:" + host, Prediction.EOF_DETAIL,
                reason);
    }

    private static String labels(List<TlsProtocol> protocols) {
        return protocols.stream().map(TlsProtocol::label).collect(Collectors.joining(", "));
    }
}
