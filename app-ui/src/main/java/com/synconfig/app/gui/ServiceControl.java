package com.synconfig.app.gui;

/** Start, Stop and Restart of a service's server, by service name. */
public interface ServiceControl {
    void start(String service);

    void stop(String service);

    void restart(String service);

    /** Stops the service if it runs and has the service manager forget it, then (on the FX thread) runs {@code then}. */
    void retire(String service, Runnable then);
}
