package com.synconfig.server;

/** A server that could not start, with the reason in words an admin can act on. */
public final class ServerStartException extends Exception {
    public ServerStartException(String message) {
        super(message);
    }

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
