package com.synconfig.model.servicecheck;

/** What a probe of a running service predicts or finds: the server took the handshake, refused it, or it could not be tried. */
public enum Outcome {
    ACCEPTED, REFUSED, NOT_TESTABLE
}
