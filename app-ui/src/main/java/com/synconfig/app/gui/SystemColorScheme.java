package com.synconfig.app.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop asks for dark or light windows. JavaFX 21 cannot tell, so this asks the desktop the way its
 * own programs do: GTK_THEME (it overrides the theme of GTK programs) and GNOME's {@code color-scheme} and
 * {@code gtk-theme} settings on Linux, {@code AppsUseLightTheme} on Windows, {@code AppleInterfaceStyle} on macOS.
 * Anything it cannot read means light.
 */
public final class SystemColorScheme {

    private static final long COMMAND_TIMEOUT_SECONDS = 3;

    private final String os;
    private final Map<String, String> environment;
    private final Function<List<String>, Optional<String>> commands;

    /**
     * @param os          the {@code os.name} to answer for
     * @param environment the environment variables
     * @param commands    runs a command and gives its standard output; empty when it cannot run or fails
     */
    SystemColorScheme(String os, Map<String, String> environment, Function<List<String>, Optional<String>> commands) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    /** This machine's desktop. */
    public static SystemColorScheme current() {
        return running(System.getProperty("os.name", ""), System.getenv());
    }

    /** Asks the desktop's real commands, run with {@code environment} as theirs. */
    static SystemColorScheme running(String os, Map<String, String> environment) {
        return new SystemColorScheme(os, environment, command -> output(command, environment));
    }

    public Theme detect() {
        if (os.startsWith("windows")) {
            return commands.apply(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"))
                    .filter(out -> out.contains("AppsUseLightTheme")).map(out -> out.strip().endsWith("0x0") ? Theme.DARK : Theme.LIGHT)
                    .orElse(Theme.LIGHT);
        }
        if (os.startsWith("mac")) {
            return commands.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .filter(out -> out.strip().equalsIgnoreCase("dark")).map(out -> Theme.DARK).orElse(Theme.LIGHT);
        }
        String gtkTheme = environment.get("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            return darkThemeName(gtkTheme) ? Theme.DARK : Theme.LIGHT;
        }
        Optional<String> scheme = gsettings("color-scheme").filter(s -> !s.equals("default"));
        if (scheme.isPresent()) {
            return scheme.get().equals("prefer-dark") ? Theme.DARK : Theme.LIGHT;
        }
        return gsettings("gtk-theme").filter(SystemColorScheme::darkThemeName).map(t -> Theme.DARK).orElse(Theme.LIGHT);
    }

    /** A GNOME interface setting without its quotes, e.g. {@code prefer-dark}. */
    private Optional<String> gsettings(String key) {
        return commands.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", key))
                .map(s -> s.strip().replace("'", "")).filter(s -> !s.isEmpty());
    }

    /** {@code Adwaita:dark}, {@code Adwaita-dark}, {@code Yaru-dark}... */
    private static boolean darkThemeName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(":dark") || n.endsWith("-dark") || n.contains("-dark-");
    }

    private static Optional<String> output(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process p = builder.start();
            p.getOutputStream().close();
            if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) { // e.g. gsettings waiting for a dead D-Bus
                p.destroyForcibly();
                return Optional.empty();
            }
            // (read after the exit: the answer is one short line, far below what the pipe holds)
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not installed: no opinion
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
