package com.synconfig.server.control;

import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.StartMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Services as instances of the package's systemd template unit, {@value #TEMPLATE}: {@code synconfig@NAME.service}
 * runs {@code synconfig server start --service NAME --foreground}. Start and stop go through {@code systemctl};
 * Automatic means {@code enable}, anything else {@code disable}; the journal holds the console.
 */
final class SystemdUnits implements ServiceManager {

    static final String TEMPLATE = "synconfig@.service";
    private static final List<Path> UNIT_DIRECTORIES = List.of(Path.of("/etc/systemd/system"),
            Path.of("/usr/lib/systemd/system"), Path.of("/lib/systemd/system"));
    private static final long COMMAND_TIMEOUT_SECONDS = 90;

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
        systemctl("start", "--no-block", unit(layout.service().name()));
        return Optional.empty();
    }

    @Override
    public void stop(ServiceLayout layout, StatusFile running) throws ServiceControlException {
        systemctl("stop", unit(layout.service().name()));
    }

    @Override
    public String applyStartMode(ServiceLayout layout) throws ServiceControlException {
        String unit = unit(layout.service().name());
        StartMode mode = layout.service().startMode();
        boolean atBoot = mode == StartMode.AUTOMATIC || mode == StartMode.AUTOMATIC_DELAYED;
        systemctl(atBoot ? "enable" : "disable", unit);
        return unit + (atBoot ? " enabled: it starts at boot" : " disabled: it does not start at boot");
    }

    @Override
    public Optional<String> problem(String service) {
        try {
            String state = run("systemctl", "is-active", unit(service)).output().strip();
            return state.equals("failed") ? Optional.of("systemd reports the unit failed") : Optional.empty();
        } catch (ServiceControlException e) {
            return Optional.empty();
        }
    }

    @Override
    public String failureDetails(ServiceLayout layout) {
        try {
            return run("journalctl", "-u", unit(layout.service().name()), "-n", "20", "--no-pager", "-o", "cat")
                    .output().strip();
        } catch (ServiceControlException e) {
            return e.getMessage();
        }
    }

    private static void systemctl(String... args) throws ServiceControlException {
        List<String> command = new ArrayList<>(List.of("systemctl"));
        command.addAll(List.of(args));
        Result r = run(command.toArray(String[]::new));
        if (r.exit() != 0) {
            throw new ServiceControlException(String.join(" ", command) + " failed (exit " + r.exit() + "): "
                    + r.output().strip());
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws ServiceControlException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ServiceControlException(String.join(" ", command) + " did not finish within "
                        + COMMAND_TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new ServiceControlException("cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceControlException(command[0] + " was interrupted");
        }
    }
}
