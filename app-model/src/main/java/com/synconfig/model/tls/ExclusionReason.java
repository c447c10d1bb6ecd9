package com.synconfig.model.tls;

/** Why the server leaves a suite out of its offer. */
public enum ExclusionReason {
    NOT_HIGH("not HIGH"),
    ANONYMOUS("anonymous: the server would not prove who it is"),
    NEEDS_PSK_OR_SRP("needs a pre-shared key or SRP verifier, the server has none"),
    STATIC_ECDH("static ECDH: needs an ECDH certificate and has no forward secrecy"),
    NEEDS_EC_CERTIFICATE("needs an EC certificate"),
    NEEDS_RSA_CERTIFICATE("needs an RSA certificate"),
    NEEDS_DSA_CERTIFICATE("needs a DSA certificate"),
    PROTOCOL_NOT_ALLOWED("protocol not allowed at this SCL"),
    DISABLED_BY_JAVA_SECURITY("disabled by java.security"),
    UNKNOWN_TO_ENGINE("unknown to the engine");

    private final String text;

    ExclusionReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
