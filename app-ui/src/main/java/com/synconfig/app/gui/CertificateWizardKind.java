package com.synconfig.app.gui;

/** The certificate wizards of the Certificates screen and the service dialog. */
public enum CertificateWizardKind {
    /** A self-signed server certificate, service-ready. */
    SELF_SIGNED,
    /** A local certificate authority: its certificate and its passphrase-protected key. */
    LOCAL_CA,
    /** A server certificate issued by a local CA, service-ready. */
    ISSUE_FROM_CA,
    /** A key and a certificate request (PKCS#10) to send to a public CA. */
    REQUEST,
    /** A CA's reply plus the kept key, written service-ready. */
    IMPORT_REPLY,
    /** PEM to PKCS#12 or back. */
    CONVERT
}
