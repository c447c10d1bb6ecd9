package com.synconfig.server.control;

import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.StartMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * How services run on this machine: as systemd units, launchd jobs, or detached background processes where there
 * is no service manager. Either way the server is {@link ServiceRunner} in its own process, which writes the status file
 * that {@link ServiceController} reads.
 */
public interface ServiceManager {

    /** E.g. {@code systemd (synconfig@SynSrv.service)} or {@code background process}, for status lines. */
    String describe(String service);

    /**
     * Asks for the service to run and returns once it is asked; {@link ServiceController} then waits for the status
     * file. {@code overrides} are {@code server start} options for this run only.
     *
     * @return the process that will serve, to watch for an early exit; empty when the manager owns it
     */
    Optional<Process> start(ServiceLayout layout, List<String> overrides) throws ServiceControlException;

    /** Stops the service gracefully and returns once it has stopped. */
    void stop(ServiceLayout layout, StatusFile running) throws ServiceControlException;

    /** Whether the service's start mode has the manager start it at boot: Automatic, delayed or not. */
    static boolean startsAtBoot(ServiceLayout layout) {
        StartMode mode = layout.service().startMode();
        return mode == StartMode.AUTOMATIC || mode == StartMode.AUTOMATIC_DELAYED;
    }

    /** Makes the manager start the service at boot or not, as its start mode says; the result in words. */
    String applyStartMode(ServiceLayout layout) throws ServiceControlException;

    /** Forgets a service that is being removed (it is stopped already): it must not come back at boot. */
    void forget(ServiceLayout layout) throws ServiceControlException;

    /** The manager's own word on a service that is not running (e.g. systemd's {@code failed}); empty when none. */
    Optional<String> problem(String service);

    /** Why a start failed, from the manager's records: the service's console file unless the manager keeps a journal. */
    default String failureDetails(ServiceLayout layout) {
        try {
            return Files.readString(layout.consoleFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
