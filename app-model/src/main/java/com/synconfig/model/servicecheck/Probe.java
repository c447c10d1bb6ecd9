package com.synconfig.model.servicecheck;

import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.TlsProtocol;

/**
 * One handshake the check tries against the running service, with the outcome the preview predicts for it.
 *
 * @param kind      what it asks
 * @param protocol  the one protocol the probing client offers
 * @param suite     the one suite it offers; {@code null} when it offers every suite it has for {@code protocol}
 * @param predicted what the preview predicts
 * @param why       why, in the preview's words
 */
public record Probe(ProbeKind kind, TlsProtocol protocol, CipherSuite suite, Outcome predicted, String why) {

    /** The actual value of a row no client here could try. */
    public static final String NOT_TRIED = "not tried";

    /** The row's name: {@code TLS 1.2}, {@code ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.2)}, ... */
    public String item() {
        return switch (kind) {
            case PROTOCOL -> protocol.label();
            case OFFERED_SUITE, NOT_OFFERED_SUITE -> suite.openSslName() + " (" + protocol.label() + ")";
            case SECURE_RENEGOTIATION -> "secure renegotiation (RFC 5746)";
            case CLIENT_RENEGOTIATION -> "client-initiated renegotiation";
        };
    }

    /** Compares what the probe found with the prediction. */
    public CheckItem judge(ProbeResult result) {
        String predictedText = kind.word(predicted);
        if (result.outcome() == Outcome.NOT_TESTABLE) {
            return item(predictedText, NOT_TRIED, Verdict.NOT_TESTABLE, result);
        }
        boolean asked = result.outcome() != Outcome.ACCEPTED || asked(result);
        String actual = kind.word(result.outcome()) + negotiated(result, asked);
        return item(predictedText, actual, result.outcome() == predicted && asked ? Verdict.HOLDS : Verdict.DIFFERS,
                result);
    }

    /** Whether an accepted handshake ran on what was offered (a server cannot pick what the client did not offer). */
    private boolean asked(ProbeResult result) {
        if (kind == ProbeKind.SECURE_RENEGOTIATION || kind == ProbeKind.CLIENT_RENEGOTIATION) {
            return true;
        }
        return result.protocol() == protocol && (suite == null || suite.equals(result.suite()));
    }

    /**
     * What an accepted handshake negotiated, where it adds something: the suite a protocol probe got
     * ({@code " (ECDHE-RSA-AES256-GCM-SHA384)"}), or the protocol and suite when they are not what was offered.
     */
    private String negotiated(ProbeResult result, boolean asked) {
        if (result.outcome() != Outcome.ACCEPTED || result.protocol() == null) {
            return "";
        }
        String suiteName = result.suite() == null ? "?" : result.suite().openSslName();
        if (!asked) {
            return " (" + result.protocol().id() + ", " + suiteName + ")";
        }
        return kind == ProbeKind.PROTOCOL ? " (" + suiteName + ")" : "";
    }

    private CheckItem item(String predictedText, String actual, Verdict verdict, ProbeResult result) {
        return new CheckItem(kind.group(), item(), predictedText, actual, verdict, why, result.evidence());
    }
}
