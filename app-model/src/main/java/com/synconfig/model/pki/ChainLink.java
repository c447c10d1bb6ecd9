package com.synconfig.model.pki;

/**
 * One certificate of a chain as a tree shows it (KeyStore Explorer's certificate hierarchy): its subject, where it
 * was found, and its details.
 *
 * @param subject     RFC 2253 subject; for a {@link Origin#MISSING} issuer, the name the certificate below names
 * @param origin      where the certificate was found
 * @param location    the file or {@code host:port} it came from; {@code null} for a missing issuer
 * @param certificate what the inspector says about it; {@code null} for a missing issuer
 */
public record ChainLink(String subject, Origin origin, String location, PemObjectReport certificate) {

    /** Where a certificate of the chain was found. */
    public enum Origin {
        /** In what was inspected: the file, or the chain the server presented. */
        INSPECTED,
        /** In the local CA's certificates: the issuer the inspected file leaves out. */
        LOCAL_CA,
        /** Nowhere: the issuer is neither in the file nor in the local CA. */
        MISSING
    }

    /** The tree's line for it: the subject, marked when it came from the local CA or is missing. */
    public String label() {
        return switch (origin) {
            case INSPECTED -> subject;
            case LOCAL_CA -> subject + "  (local CA: " + location + ")";
            case MISSING -> "(not here) " + subject;
        };
    }
}
