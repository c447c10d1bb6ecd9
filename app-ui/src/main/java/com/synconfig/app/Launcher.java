package com.synconfig.app;

import com.synconfig.app.cli.SynConfigCommand;
import com.synconfig.app.gui.SynConfigApplication;
import com.synconfig.server.tls.JdkTlsSettings;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The one entry point. No arguments and a display: the desktop program. Anything else (a subcommand,
 * {@code --headless}, {@code --help}, or no display at all): the headless command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (wantsGui(args)) {
            JdkTlsSettings.apply(); // before anything initialises JSSE: the JDK reads these settings only once
            SynConfigApplication.launchGui(args);
        } else {
            System.exit(runHeadless(headlessCommandLine(args), args));
        }
    }

    /** The command line for {@code args}, the JDK's TLS settings applied first (as for the desktop program). */
    public static CommandLine headlessCommandLine(String[] args) {
        JdkTlsSettings.apply();
        return SynConfigCommand.forArguments(args);
    }

    /**
     * Runs the command line and flushes what it printed before the caller exits: picocli's writers flush only at
     * the end of a line, and {@link System#exit} drops whatever is still buffered (a command's last text without a
     * line end, e.g. {@code service export}).
     */
    public static int runHeadless(CommandLine commandLine, String[] args) {
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    static boolean wantsGui(String[] args) {
        return onlyGuiOptions(args) && displayAvailable();
    }

    /** True when the arguments are nothing but {@code --config FILE} or {@code --config=FILE} (which the GUI honours too). */
    static boolean onlyGuiOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith("--config=")) {
                return false;
            }
        }
        return true;
    }

    /** On Linux and other X11/Wayland systems a GUI needs DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    static boolean displayAvailable() {
        if (Boolean.getBoolean("java.awt.headless") && !"Monocle".equals(System.getProperty("glass.platform"))) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
