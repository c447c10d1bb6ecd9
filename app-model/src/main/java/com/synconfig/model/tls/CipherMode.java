package com.synconfig.model.tls;

/** How a suite protects records: authenticated encryption, CBC plus MAC, a stream cipher (RC4), or none. */
public enum CipherMode {
    AEAD, CBC, STREAM, NONE
}
