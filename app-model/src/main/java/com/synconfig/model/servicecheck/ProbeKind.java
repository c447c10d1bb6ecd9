package com.synconfig.model.servicecheck;

/** What a probe of a running service asks, and the words its outcomes are told in. */
public enum ProbeKind {
    PROTOCOL("Protocols"),
    OFFERED_SUITE("Suites offered"),
    NOT_OFFERED_SUITE("Suites not offered"),
    SECURE_RENEGOTIATION("Renegotiation"),
    CLIENT_RENEGOTIATION("Renegotiation");

    private final String group;

    ProbeKind(String group) {
        this.group = group;
    }

    /** The heading the probe's row is listed under. */
    public String group() {
        return group;
    }

    /** {@code accepted}/{@code refused}; for secure renegotiation {@code supported}/{@code not supported}. */
    public String word(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> this == SECURE_RENEGOTIATION ? "supported" : "accepted";
            case REFUSED -> this == SECURE_RENEGOTIATION ? "not supported" : "refused";
            case NOT_TESTABLE -> Verdict.NOT_TESTABLE.text();
        };
    }
}
