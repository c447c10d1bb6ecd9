package com.synconfig.server.control;

/** A start or stop that did not happen, with the reason in words an admin can act on. */
public final class ServiceControlException extends Exception {
    public ServiceControlException(String message) {
        super(message);
    }
}
