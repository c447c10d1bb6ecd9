package com.synconfig.server.control;

import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.ServerState;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Start, stop and status of every service, whoever started it: the GUI, {@code synconfig server}, systemd at boot.
 * The one answer to "is it running": a live status file ({@link ServiceLayout#statusFile()}); the service manager
 * ({@link ServiceManager}) is chosen once per machine and shown in every status.
 */
public final class ServiceController {

    /** {@value}: {@code systemd}, {@code launchd} or {@code process} forces a manager (tests, containers); unset chooses. */
    public static final String MANAGER_VARIABLE = "SYNCONFIG_SERVICE_MANAGER";
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ServiceLayouts layouts;
    private final ServiceValidator validator;
    private final ServiceManager manager;

    ServiceController(ServiceLayouts layouts, ServiceValidator validator, ServiceManager manager) {
        this.layouts = layouts;
        this.validator = validator;
        this.manager = manager;
    }

    /**
     * systemd when it runs this machine and the package's unit is installed; launchd on macOS; detached background
     * processes otherwise (Windows, containers, a source checkout); {@value #MANAGER_VARIABLE} overrides the choice.
     *
     * @param program how to run this program in another process
     */
    public static ServiceController forThisMachine(ServiceLayouts layouts, ServiceValidator validator,
                                                   ProgramCommand program) {
        String forced = layouts.host().variables().getOrDefault(MANAGER_VARIABLE, "").trim().toLowerCase(Locale.ROOT);
        if (!forced.isEmpty() && !List.of("systemd", "launchd", "process").contains(forced)) {
            throw new IllegalArgumentException(MANAGER_VARIABLE + "='" + forced + "' is not a service manager: use "
                    + "systemd, launchd or process, or leave it unset");
        }
        String manager = !forced.isEmpty() ? forced : SystemdUnits.available() ? "systemd"
                : LaunchdJobs.available() ? "launchd" : "process";
        return new ServiceController(layouts, validator, switch (manager) {
            case "systemd" -> new SystemdUnits();
            case "launchd" -> launchd(program);
            default -> new BackgroundProcesses(program);
        });
    }

    private static ServiceManager launchd(ProgramCommand program) {
        try {
            return LaunchdJobs.forThisUser(program);
        } catch (ServiceControlException e) {
            throw new IllegalStateException("launchd cannot be used: " + e.getMessage(), e);
        }
    }

    public ServiceLayouts layouts() {
        return layouts;
    }

    public ServiceRuntime status(ServiceDefinition service) {
        ServiceLayout layout = layouts.of(service);
        Optional<StatusFile> live = StatusFile.readLive(layout.statusFile());
        String problem = live.isPresent() ? "" : manager.problem(service.name()).orElse("");
        ServerState state = live.isPresent() ? ServerState.RUNNING : problem.isEmpty() ? ServerState.STOPPED
                : ServerState.FAILED;
        return new ServiceRuntime(service.name(), state, manager.describe(service.name()), live, problem);
    }

    /** {@link #start(ServiceDefinition, Collection, List)} as saved, without overrides. */
    public ServiceRuntime start(ServiceDefinition service, Collection<ServiceDefinition> all)
            throws ServiceControlException {
        return start(service, all, List.of());
    }

    /**
     * Starts the service and returns once it listens. Validates first, as the server itself does, so an invalid
     * service is refused here with its findings instead of failing in the background.
     *
     * @param overrides {@code server start} options for this run only (the background-process manager passes them
     *                  on; systemd starts services only as saved)
     */
    public ServiceRuntime start(ServiceDefinition service, Collection<ServiceDefinition> all, List<String> overrides)
            throws ServiceControlException {
        Optional<String> refusal = ServiceRunner.refusal(validator, service, all);
        if (refusal.isPresent()) {
            throw new ServiceControlException(refusal.get());
        }
        ServiceRuntime now = status(service);
        if (now.running()) {
            StatusFile s = now.status().orElseThrow();
            throw new ServiceControlException("service " + service.name() + " is already running (pid " + s.pid()
                    + ", port " + s.port() + ", " + now.manager() + "); stop it first");
        }
        ServiceLayout layout = layouts.of(service);
        Optional<Process> process = manager.start(layout, overrides);
        return awaitListening(layout, process);
    }

    private ServiceRuntime awaitListening(ServiceLayout layout, Optional<Process> process)
            throws ServiceControlException {
        String name = layout.service().name();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceRuntime now = status(layout.service());
            if (now.running()) {
                return now;
            }
            boolean exited = process.map(p -> !p.isAlive()).orElse(false);
            if (exited || now.state() == ServerState.FAILED) {
                throw new ServiceControlException("service " + name + " did not start"
                        + process.filter(p -> !p.isAlive()).map(p -> " (exit " + p.exitValue() + ")").orElse("")
                        + ": " + manager.failureDetails(layout));
            }
            pause();
        }
        process.ifPresent(Process::destroy);
        throw new ServiceControlException("service " + name + " did not report listening within "
                + START_TIMEOUT.toSeconds() + " s: " + manager.failureDetails(layout));
    }

    /** Stops the service gracefully; a service that is not running is left alone. */
    public void stop(ServiceDefinition service) throws ServiceControlException {
        ServiceRuntime now = status(service);
        if (now.running()) {
            ServiceLayout layout = layouts.of(service);
            manager.stop(layout, now.status().orElseThrow());
            StatusFile.remove(layout.statusFile());
        }
    }

    /** Stops (when running) and starts the service as saved; disconnects every client. */
    public ServiceRuntime restart(ServiceDefinition service, Collection<ServiceDefinition> all)
            throws ServiceControlException {
        stop(service);
        return start(service, all);
    }

    /**
     * Before a service is removed from the configuration: stops it when it runs, and makes the service manager forget
     * it, so nothing keeps serving (or comes back at boot) under a name no configuration has.
     */
    public void retire(ServiceDefinition service) throws ServiceControlException {
        stop(service);
        manager.forget(layouts.of(service));
    }

    /** Makes the service manager start the service at boot, or not, as its start mode says. */
    public String applyStartMode(ServiceDefinition service) throws ServiceControlException {
        return manager.applyStartMode(layouts.of(service));
    }

    /**
     * After a save: applies the start mode of every service that is new or whose start mode changed, and says what
     * each became (a failure is reported in its line, the others still apply).
     */
    public List<String> applyStartModes(Collection<ServiceDefinition> before, Collection<ServiceDefinition> after) {
        List<String> results = new java.util.ArrayList<>();
        for (ServiceDefinition s : after) {
            boolean changed = before.stream().filter(b -> b.name().equalsIgnoreCase(s.name()))
                    .noneMatch(b -> b.startMode() == s.startMode());
            if (changed) {
                try {
                    results.add(s.name() + ": " + applyStartMode(s));
                } catch (ServiceControlException e) {
                    results.add(s.name() + ": start mode not applied: " + e.getMessage());
                }
            }
        }
        return results;
    }

    private static void pause() throws ServiceControlException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceControlException("interrupted while waiting for the server");
        }
    }
}
