package com.synconfig.model.tls;

/**
 * What the preview predicts for one client against one service.
 *
 * @param client       the client profile
 * @param offer        the service's offer
 * @param protocol     the protocol they agree on; {@code null} on failure
 * @param suite        the suite they agree on; {@code null} on failure
 * @param clientError  on failure, the error the client sees ({@code Client server error, host:NAME}); else {@code ""}
 * @param clientDetail on failure, the client's informational text; else {@code ""}
 * @param reason       why, in plain words
 */
public record Prediction(ClientProfile client, ServerOffer offer, TlsProtocol protocol, CipherSuite suite,
                         String clientError, String clientDetail, String reason) {

    /** The informational text an xfServer client shows when the secure connection cannot be set up (SPEC section 5). */
    public static final String EOF_DETAIL =
            "Error requesting secure connection: socket error: an EOF was observed that violates the protocol.";

    public boolean success() {
        return suite != null;
    }

    /** The OpenSSL description line of the agreed suite (what {@code GETFA SLC} returns); {@code ""} on failure. */
    public String description() {
        return success() ? OpenSslFormat.description(suite) : "";
    }

    /** One line for a terminal: {@code TLSv1.3 TLS_AES_256_GCM_SHA384 ...} or {@code FAIL Client server error, ...}. */
    public String summary() {
        return success() ? protocol.id() + "  " + description() : "FAIL  " + clientError + " (" + clientDetail + ")";
    }
}
