package com.synconfig.server;

/** Subscriber to a server's events (the UI's log view). Called on server threads: hand work off quickly. */
@FunctionalInterface
public interface ServerEventListener {
    void onEvent(ServerEvent event);
}
