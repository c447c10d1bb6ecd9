package com.synconfig.model.servicecheck;

import com.synconfig.model.service.Endpoint;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.model.tls.TlsProtocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the preview predicts a running service does, as the handshakes that prove it: each protocol accepted or
 * refused, each offered suite accepted over each protocol it runs on, every other suite of the catalog refused,
 * secure renegotiation supported and client-initiated renegotiation refused; and the certificate it must serve.
 *
 * @param service     the service's name
 * @param endpoint    where it is probed
 * @param engine      the TLS engine the prediction is for ({@code none} for a clear service)
 * @param encrypted   whether the service encrypts
 * @param probes      the handshakes to try, in the order they are listed
 * @param certificate the certificate the service is configured with
 */
public record ServiceCheckPlan(String service, Endpoint endpoint, String engine, boolean encrypted, List<Probe> probes,
                               CertificateFacts certificate) {

    /** The protocols every check probes. */
    public static final List<TlsProtocol> PROTOCOLS =
            List.of(TlsProtocol.TLS_V1, TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3);

    public ServiceCheckPlan {
        probes = List.copyOf(probes);
    }

    /** The plan for an encrypted service whose server offers {@code offer}. */
    public static ServiceCheckPlan encrypted(String service, Endpoint endpoint, ServerOffer offer,
                                             CertificateFacts certificate) {
        List<Probe> probes = new ArrayList<>();
        for (TlsProtocol p : PROTOCOLS) {
            boolean accepted = offer.protocols().contains(p);
            probes.add(new Probe(ProbeKind.PROTOCOL, p, null, accepted ? Outcome.ACCEPTED : Outcome.REFUSED,
                    protocolReason(offer, p, accepted)));
        }
        List<TlsProtocol> newestFirst = offer.protocols().stream().sorted(Comparator.reverseOrder()).toList();
        int rank = 1;
        for (CipherSuite s : offer.offered()) {
            String why = "offered, the server's choice " + rank++ + " of " + offer.offered().size();
            for (TlsProtocol p : newestFirst) {
                if (s.usableWith(p)) {
                    probes.add(new Probe(ProbeKind.OFFERED_SUITE, p, s, Outcome.ACCEPTED, why));
                }
            }
        }
        for (ServerOffer.Excluded e : offer.excluded()) {
            probeProtocol(e.suite(), newestFirst).ifPresent(p -> probes.add(
                    new Probe(ProbeKind.NOT_OFFERED_SUITE, p, e.suite(), Outcome.REFUSED, e.explanation())));
        }
        newestFirst.stream().filter(p -> p != TlsProtocol.TLS_V1_3).findFirst().ifPresent(p -> {
            probes.add(new Probe(ProbeKind.SECURE_RENEGOTIATION, p, null, Outcome.ACCEPTED,
                    "below TLS 1.3 both engines answer the renegotiation_info extension (RFC 5746)"));
            probes.add(new Probe(ProbeKind.CLIENT_RENEGOTIATION, p, null, Outcome.REFUSED,
                    "the server refuses it (a DoS risk): BoringSSL always, the JDK engine through"
                            + " jdk.tls.rejectClientInitiatedRenegotiation"));
        });
        return new ServiceCheckPlan(service, endpoint, offer.engine(), true, probes, certificate);
    }

    /** The plan for a service that does not encrypt: it must refuse every TLS handshake and serve no certificate. */
    public static ServiceCheckPlan clear(String service, Endpoint endpoint) {
        List<Probe> probes = PROTOCOLS.stream().map(p -> new Probe(ProbeKind.PROTOCOL, p, null, Outcome.REFUSED,
                "the service does not encrypt: it closes a connection that starts a TLS handshake")).toList();
        return new ServiceCheckPlan(service, endpoint, "none", false, probes,
                CertificateFacts.none("", "the service does not encrypt"));
    }

    /** Every probe and the certificate comparison. */
    public int steps() {
        return probes.size() + 1;
    }

    /** The report of this plan once every probe has run. */
    public ServiceCheckReport report(List<CheckItem> items, List<String> notes) {
        return new ServiceCheckReport(service, endpoint.toString(), engine, items, notes);
    }

    /** The newest accepted protocol the suite runs on; else the newest it runs on at all (the server must refuse). */
    private static Optional<TlsProtocol> probeProtocol(CipherSuite suite, List<TlsProtocol> acceptedNewestFirst) {
        return acceptedNewestFirst.stream().filter(suite::usableWith).findFirst()
                .or(() -> PROTOCOLS.stream().sorted(Comparator.reverseOrder()).filter(suite::usableWith).findFirst());
    }

    private static String protocolReason(ServerOffer offer, TlsProtocol p, boolean accepted) {
        String scl = "SCL " + offer.scl().label();
        String allowed = offer.protocols().stream().map(TlsProtocol::label).collect(Collectors.joining(", "));
        if (accepted) {
            return scl + " accepts " + allowed;
        }
        return offer.scl().protocols().contains(p.id())
                ? scl + " allows it, but the " + offer.engine() + " engine here does not run it"
                : scl + " accepts only " + allowed;
    }
}
