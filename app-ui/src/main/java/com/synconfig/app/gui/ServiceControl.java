package com.synconfig.app.gui;

/** Start, Stop and Restart of a service's embedded server, by service name. */
public interface ServiceControl {
    void start(String service);

    void stop(String service);

    void restart(String service);
}
