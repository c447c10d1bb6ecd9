package com.synconfig.server.control;

import com.synconfig.server.ServerState;
import java.util.Optional;

/**
 * What one service is doing right now, as every face shows it.
 *
 * @param state   RUNNING while a server process serves it, FAILED when the service manager says so, else STOPPED
 * @param manager how it runs, e.g. {@code systemd (synconfig@SynSrv.service)} or {@code background process}
 * @param status  the running server's status file
 * @param problem the service manager's word when it is not running (empty when none)
 */
public record ServiceRuntime(String service, ServerState state, String manager, Optional<StatusFile> status,
                             String problem) {

    public boolean running() {
        return state == ServerState.RUNNING;
    }
}
