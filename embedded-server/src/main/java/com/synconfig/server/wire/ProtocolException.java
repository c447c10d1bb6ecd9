package com.synconfig.server.wire;

/** A frame that does not follow docs/protocol.md: the connection is answered with an error frame and closed. */
public final class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }
}
