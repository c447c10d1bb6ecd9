package com.synconfig.server.control;

import com.synconfig.model.service.ServiceLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where there is no service manager (a source checkout, a container, the tests): each service is a detached
 * process running {@code synconfig server start --foreground}; its console goes to the service's console file. It
 * outlives whoever started it; the start mode has no effect.
 */
final class BackgroundProcesses implements ServiceManager {

    static final long STOP_TIMEOUT_SECONDS = 60;
    private final ProgramCommand program;

    BackgroundProcesses(ProgramCommand program) {
        this.program = program;
    }

    @Override
    public String describe(String service) {
        return "background process";
    }

    @Override
    public Optional<Process> start(ServiceLayout layout, List<String> overrides) throws ServiceControlException {
        List<String> args = new ArrayList<>(List.of("server", "start", "--service", layout.service().name(),
                "--foreground", "--config", layout.configFile().toString()));
        args.addAll(overrides);
        try {
            Files.createDirectories(layout.consoleFile().getParent());
            return Optional.of(new ProcessBuilder(program.with(args)).redirectErrorStream(true)
                    .redirectOutput(layout.consoleFile().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice()))).start());
        } catch (IOException e) {
            throw new ServiceControlException("cannot start a process for service " + layout.service().name() + ": "
                    + e.getMessage());
        }
    }

    @Override
    public void stop(ServiceLayout layout, StatusFile running) throws ServiceControlException {
        Optional<ProcessHandle> process = ProcessHandle.of(running.pid());
        if (process.isEmpty()) {
            return;
        }
        process.get().destroy(); // SIGTERM: the server stops gracefully
        try {
            process.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ServiceControlException("service " + layout.service().name() + " (pid " + running.pid()
                    + ") did not stop within " + STOP_TIMEOUT_SECONDS + " s");
        }
    }

    @Override
    public String applyStartMode(ServiceLayout layout) {
        return "start mode " + layout.service().startMode().label() + " is kept in the configuration; without a "
                + "service manager nothing starts services at boot";
    }

    @Override
    public void forget(ServiceLayout layout) {
        // nothing starts background processes at boot: nothing to forget
    }

    @Override
    public Optional<String> problem(String service) {
        return Optional.empty();
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
