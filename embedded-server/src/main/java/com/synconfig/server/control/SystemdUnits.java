package com.synconfig.server.control;

import com.synconfig.model.service.ServiceLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Services as instances of the package's systemd template unit, {@value #TEMPLATE}: {@code synconfig@NAME.service}
 * runs {@code synconfig server start --service NAME --foreground}. Start and stop go through {@code systemctl};
 * Automatic means {@code enable}, anything else {@code disable}; the journal holds the console.
 */
final class SystemdUnits implements ServiceManager {

    static final String TEMPLATE = "synconfig@.service";
    private static final List<Path> UNIT_DIRECTORIES = List.of(Path.of("/etc/systemd/system"),
            Path.of("/usr/lib/systemd/system"), Path.of("/lib/systemd/system"));

    private final ManagerCommands commands;
    private final RememberedStates states;

    SystemdUnits() {
        this(ManagerCommands::process, System::nanoTime);
    }

    /** With another way to run commands and tell the time (tests record what is asked). */
    SystemdUnits(ManagerCommands commands, LongSupplier clock) {
        this.commands = commands;
        this.states = new RememberedStates(clock);
    }

    /** Whether systemd runs this machine and the package's template unit is installed. */
    static boolean available() {
        return Files.isDirectory(Path.of("/run/systemd/system"))
                && UNIT_DIRECTORIES.stream().anyMatch(d -> Files.isRegularFile(d.resolve(TEMPLATE)));
    }

    static String unit(String service) {
        return "synconfig@" + service + ".service";
    }

    @Override
    public String describe(String service) {
        return "systemd (" + unit(service) + ")";
    }

    @Override
    public Optional<Process> start(ServiceLayout layout, List<String> overrides) throws ServiceControlException {
        if (!overrides.isEmpty()) {
            throw new ServiceControlException("service " + layout.service().name() + " runs under systemd, which "
                    + "starts it as saved: save the settings with 'synconfig service set' first, or run it here with "
                    + "--foreground");
        }
        systemctl(layout, "start", "--no-block");
        return Optional.empty();
    }

    @Override
    public void stop(ServiceLayout layout, StatusFile running) throws ServiceControlException {
        systemctl(layout, "stop");
    }

    @Override
    public String applyStartMode(ServiceLayout layout) throws ServiceControlException {
        String unit = unit(layout.service().name());
        boolean atBoot = ServiceManager.startsAtBoot(layout);
        systemctl(layout, atBoot ? "enable" : "disable");
        return unit + (atBoot ? " enabled: it starts at boot" : " disabled: it does not start at boot");
    }

    @Override
    public void forget(ServiceLayout layout) throws ServiceControlException {
        systemctl(layout, "disable");
    }

    @Override
    public Optional<String> problem(String service) {
        return states.problem(service, () -> commands.run("systemctl", "is-active", unit(service)).output().strip()
                .equals("failed") ? Optional.of("systemd reports the unit failed") : Optional.empty());
    }

    @Override
    public String failureDetails(ServiceLayout layout) {
        try {
            return commands.run("journalctl", "-u", unit(layout.service().name()), "-n", "20", "--no-pager", "-o", "cat")
                    .output().strip();
        } catch (ServiceControlException e) {
            return e.getMessage();
        }
    }

    /** {@code systemctl ARGS synconfig@NAME.service}; what is known of the unit's state is forgotten. */
    private void systemctl(ServiceLayout layout, String... args) throws ServiceControlException {
        String service = layout.service().name();
        states.forget(service);
        List<String> command = new ArrayList<>(List.of("systemctl"));
        command.addAll(List.of(args));
        command.add(unit(service));
        commands.require(command.toArray(String[]::new));
    }
}
