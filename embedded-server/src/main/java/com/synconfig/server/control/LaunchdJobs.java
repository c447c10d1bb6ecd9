package com.synconfig.server.control;

import com.synconfig.model.files.AtomicFiles;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * macOS: each service is a launchd job {@code com.synconfig.NAME} running {@code synconfig server start --service
 * NAME --foreground}: a LaunchDaemon (the {@code system} domain) when SynConfig runs as root, else a LaunchAgent of
 * the user ({@code gui/UID}). Automatic is {@code RunAtLoad} (launchd starts it when it loads the job at boot or
 * login); {@code KeepAlive} brings it back after a crash, not after a stop. Start bootstraps the job, stop boots it
 * out; its console goes to the service's console file.
 */
final class LaunchdJobs implements ServiceManager {

    static final String LABEL_PREFIX = "com.synconfig.";
    private static final Pattern LAST_EXIT = Pattern.compile("last exit code = (-?\\d+)");
    /** Variables that say where a service's files are: the job must see the same ones (the configuration is --config). */
    private static final List<String> LOCATION_VARIABLES = List.of(ServiceLayouts.STATE_DIR_VARIABLE,
            ServiceLayouts.LOG_DIR_VARIABLE);

    private final ManagerCommands commands;
    private final RememberedStates states;
    private final ProgramCommand program;
    private final Path jobDirectory;
    private final String domain;

    /**
     * @param jobDirectory where the job files go ({@code /Library/LaunchDaemons} or {@code ~/Library/LaunchAgents})
     * @param domain       the launchd domain they load into ({@code system} or {@code gui/UID})
     */
    LaunchdJobs(ManagerCommands commands, LongSupplier clock, ProgramCommand program, Path jobDirectory,
                String domain) {
        this.commands = commands;
        this.states = new RememberedStates(clock);
        this.program = program;
        this.jobDirectory = jobDirectory;
        this.domain = domain;
    }

    /** Daemons for root, agents of the user for anyone else. */
    static LaunchdJobs forThisUser(ProgramCommand program) throws ServiceControlException {
        String uid = ManagerCommands.process("id", "-u").output().strip();
        boolean root = uid.equals("0");
        Path directory = root ? Path.of("/Library/LaunchDaemons")
                : Path.of(System.getProperty("user.home"), "Library", "LaunchAgents");
        return new LaunchdJobs(ManagerCommands::process, System::nanoTime, program, directory,
                root ? "system" : "gui/" + uid);
    }

    /** Whether this is macOS with launchd. */
    static boolean available() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")
                && Files.isExecutable(Path.of("/bin/launchctl"));
    }

    static String label(String service) {
        return LABEL_PREFIX + service;
    }

    Path jobFile(String service) {
        return jobDirectory.resolve(label(service) + ".plist");
    }

    private String target(String service) {
        return domain + "/" + label(service);
    }

    @Override
    public String describe(String service) {
        return "launchd (" + target(service) + ")";
    }

    @Override
    public Optional<Process> start(ServiceLayout layout, List<String> overrides) throws ServiceControlException {
        String service = layout.service().name();
        if (!overrides.isEmpty()) {
            throw new ServiceControlException("service " + service + " runs under launchd, which starts it as saved:"
                    + " save the settings with 'synconfig service set' first, or run it here with --foreground");
        }
        states.forget(service);
        writeJob(layout);
        commands.run("launchctl", "bootout", target(service)); // a job loaded earlier is replaced; none is fine
        commands.require("launchctl", "bootstrap", domain, jobFile(service).toString());
        if (!ServiceManager.startsAtBoot(layout)) {
            commands.require("launchctl", "kickstart", target(service));
        }
        return Optional.empty();
    }

    @Override
    public void stop(ServiceLayout layout, StatusFile running) throws ServiceControlException {
        states.forget(layout.service().name());
        commands.require("launchctl", "bootout", target(layout.service().name()));
    }

    @Override
    public String applyStartMode(ServiceLayout layout) throws ServiceControlException {
        writeJob(layout);
        return label(layout.service().name()) + (ServiceManager.startsAtBoot(layout)
                ? ": RunAtLoad, it starts when launchd loads it at boot" : ": it does not start at boot");
    }

    @Override
    public void forget(ServiceLayout layout) throws ServiceControlException {
        String service = layout.service().name();
        states.forget(service);
        commands.run("launchctl", "bootout", target(service)); // stopped already: it may not be loaded
        try {
            Files.deleteIfExists(jobFile(service));
        } catch (IOException e) {
            throw new ServiceControlException("cannot remove the launchd job " + jobFile(service) + ": "
                    + e.getMessage());
        }
    }

    @Override
    public Optional<String> problem(String service) {
        return states.problem(service, () -> {
            ManagerCommands.Result r = commands.run("launchctl", "print", target(service));
            Matcher exit = LAST_EXIT.matcher(r.output());
            return r.exit() == 0 && exit.find() && !exit.group(1).equals("0")
                    ? Optional.of("launchd reports the job exited with code " + exit.group(1)) : Optional.empty();
        });
    }

    private void writeJob(ServiceLayout layout) throws ServiceControlException {
        try {
            Files.createDirectories(jobDirectory);
            Files.createDirectories(layout.consoleFile().getParent());
            AtomicFiles.writeReadable(jobFile(layout.service().name()),
                    jobText(layout).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServiceControlException("cannot write the launchd job " + jobFile(layout.service().name())
                    + ": " + e.getMessage() + ". Fix: run as the user whose services these are, or as root.");
        }
    }

    /** The job's property list. */
    String jobText(ServiceLayout layout) {
        String service = layout.service().name();
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                """);
        entry(x, "Label", label(service));
        x.append("  <key>ProgramArguments</key>\n  <array>\n");
        for (String word : program.with(List.of("server", "start", "--service", service, "--foreground",
                "--config", layout.configFile().toString()))) {
            x.append("    <string>").append(escape(word)).append("</string>\n");
        }
        x.append("  </array>\n");
        x.append("  <key>RunAtLoad</key>\n  <").append(ServiceManager.startsAtBoot(layout)).append("/>\n");
        x.append("  <key>KeepAlive</key>\n  <dict>\n    <key>SuccessfulExit</key>\n    <false/>\n  </dict>\n");
        entry(x, "WorkingDirectory", layout.directory().toString());
        entry(x, "StandardOutPath", layout.consoleFile().toString());
        entry(x, "StandardErrorPath", layout.consoleFile().toString());
        Map<String, String> host = layout.host().variables();
        List<String> passed = LOCATION_VARIABLES.stream().filter(host::containsKey).toList();
        if (!passed.isEmpty()) {
            x.append("  <key>EnvironmentVariables</key>\n  <dict>\n");
            for (String name : passed) {
                x.append("    <key>").append(name).append("</key>\n    <string>").append(escape(host.get(name)))
                        .append("</string>\n");
            }
            x.append("  </dict>\n");
        }
        return x.append("</dict>\n</plist>\n").toString();
    }

    private static void entry(StringBuilder x, String key, String value) {
        x.append("  <key>").append(key).append("</key>\n  <string>").append(escape(value)).append("</string>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
