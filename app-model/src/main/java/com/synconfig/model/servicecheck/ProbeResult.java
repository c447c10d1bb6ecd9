package com.synconfig.model.servicecheck;

import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.TlsProtocol;

/**
 * What one probe of a running service found.
 *
 * @param outcome  accepted, refused, or not testable with the clients here
 * @param protocol the protocol negotiated when accepted, else {@code null}
 * @param suite    the suite negotiated when accepted, else {@code null}
 * @param evidence the client engine that tried and what the server answered
 */
public record ProbeResult(Outcome outcome, TlsProtocol protocol, CipherSuite suite, String evidence) {

    public static ProbeResult accepted(TlsProtocol protocol, CipherSuite suite, String evidence) {
        return new ProbeResult(Outcome.ACCEPTED, protocol, suite, evidence);
    }

    public static ProbeResult refused(String evidence) {
        return new ProbeResult(Outcome.REFUSED, null, null, evidence);
    }

    public static ProbeResult notTestable(String evidence) {
        return new ProbeResult(Outcome.NOT_TESTABLE, null, null, evidence);
    }
}
