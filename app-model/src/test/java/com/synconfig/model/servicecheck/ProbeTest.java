package com.synconfig.model.servicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.TlsProtocol;
import org.junit.jupiter.api.Test;

class ProbeTest {

    private static final CipherSuite GCM = CipherCatalog.standard().require("ECDHE-RSA-AES256-GCM-SHA384");
    private static final CipherSuite CBC = CipherCatalog.standard().require("ECDHE-RSA-AES256-SHA");

    @Test
    void aProtocolAcceptedAsPredictedHoldsAndNamesTheSuiteItGot() {
        Probe probe = new Probe(ProbeKind.PROTOCOL, TlsProtocol.TLS_V1_2, null, Outcome.ACCEPTED, "SCL 3 accepts it");

        CheckItem item = probe.judge(ProbeResult.accepted(TlsProtocol.TLS_V1_2, GCM, "BoringSSL client negotiated"));

        assertThat(item).isEqualTo(new CheckItem("Protocols", "TLS 1.2", "accepted",
                "accepted (ECDHE-RSA-AES256-GCM-SHA384)", Verdict.HOLDS, "SCL 3 accepts it", "BoringSSL client negotiated"));
    }

    @Test
    void aSuitePredictedRefusedButAcceptedDiffers() {
        Probe probe = new Probe(ProbeKind.NOT_OFFERED_SUITE, TlsProtocol.TLS_V1_2, CBC, Outcome.REFUSED, "not offered");

        assertThat(probe.judge(ProbeResult.accepted(TlsProtocol.TLS_V1_2, CBC, "JDK client negotiated")))
                .isEqualTo(new CheckItem("Suites not offered", "ECDHE-RSA-AES256-SHA (TLS 1.2)", "refused", "accepted",
                        Verdict.DIFFERS, "not offered", "JDK client negotiated"));
    }

    @Test
    void anAcceptedHandshakeOnSomethingElseThanWasOfferedDiffersAndSaysWhatItGot() {
        Probe probe = new Probe(ProbeKind.OFFERED_SUITE, TlsProtocol.TLS_V1_2, GCM, Outcome.ACCEPTED, "offered");

        assertThat(probe.judge(ProbeResult.accepted(TlsProtocol.TLS_V1_1, CBC, "odd")))
                .isEqualTo(new CheckItem("Suites offered", "ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.2)", "accepted",
                        "accepted (TLSv1.1, ECDHE-RSA-AES256-SHA)", Verdict.DIFFERS, "offered", "odd"));
    }

    @Test
    void whatNoClientHereCanTryIsNotTestableRatherThanGuessed() {
        Probe probe = new Probe(ProbeKind.PROTOCOL, TlsProtocol.TLS_V1, null, Outcome.REFUSED, "SCL 3");

        assertThat(probe.judge(ProbeResult.notTestable("no client engine here can offer TLSv1")))
                .isEqualTo(new CheckItem("Protocols", "TLS 1.0", "refused", "not tried", Verdict.NOT_TESTABLE, "SCL 3",
                        "no client engine here can offer TLSv1"));
    }

    @Test
    void secureRenegotiationIsToldAsSupportedOrNot() {
        Probe probe = new Probe(ProbeKind.SECURE_RENEGOTIATION, TlsProtocol.TLS_V1_2, null, Outcome.ACCEPTED, "RFC 5746");

        assertThat(probe.judge(ProbeResult.refused("the ServerHello lacks renegotiation_info")))
                .isEqualTo(new CheckItem("Renegotiation", "secure renegotiation (RFC 5746)", "supported",
                        "not supported", Verdict.DIFFERS, "RFC 5746", "the ServerHello lacks renegotiation_info"));
    }
}
