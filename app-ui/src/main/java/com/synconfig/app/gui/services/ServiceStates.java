package com.synconfig.app.gui.services;

import com.synconfig.server.ServerState;
import java.util.OptionalInt;

/** What the services screen needs to know about running services. */
public interface ServiceStates {

    /** The state in words, e.g. "Running". */
    String stateText(String service);

    /** The state, which decides what can be done with the service (Start a stopped one, Stop a running one). */
    ServerState state(String service);

    /** How many clients are connected; empty when the service is not running. */
    OptionalInt connectedClients(String service);

    /** The addresses of the connected clients (empty when none or not running). */
    java.util.List<String> clientAddresses(String service);
}
