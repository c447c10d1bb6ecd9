package com.synconfig.server;

/** Life cycle of an embedded server instance. */
public enum ServerState {
    STOPPED, STARTING, RUNNING, STOPPING, FAILED
}
