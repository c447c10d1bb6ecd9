package com.synconfig.app.gui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens a file or link with the desktop's own program (a browser, or a file manager for a folder), and says so when
 * there is none: JavaFX's {@code HostServices.showDocument} fails silently on Linux.
 */
@FunctionalInterface
public interface DocumentOpener {

    /** How long an opener may run before it counts as started (some stay until the browser closes). */
    long STARTED_AFTER_SECONDS = 5;

    /** Opens {@code uri}; empty when it opened, else what went wrong (for a person). May block for a few seconds. */
    Optional<String> open(String uri);

    /**
     * The desktop's opener: {@code xdg-open} on Linux and other Unix desktops (its exit code tells whether something
     * opened), JavaFX's host services on Windows and macOS (which always have a handler).
     */
    static DocumentOpener forThisDesktop(Consumer<String> hostServices) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return uri -> {
                hostServices.accept(uri);
                return Optional.empty();
            };
        }
        return uri -> running(List.of("xdg-open", uri));
    }

    /** Runs an opener command such as {@code xdg-open URI}; its exit status says whether it opened. */
    static Optional<String> running(List<String> command) {
        String program = command.get(0);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(STARTED_AFTER_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty(); // still running: a browser it started in the foreground
            }
            return switch (p.exitValue()) {
                case 0 -> Optional.empty();
                // xdg-open's documented exit codes
                case 3 -> Optional.of(program + " found no program to open it: install a web browser or file manager.");
                case 2 -> Optional.of(program + " says the file does not exist.");
                default -> Optional.of(program + " could not open it (exit status " + p.exitValue() + ").");
            };
        } catch (IOException e) {
            return Optional.of("There is no " + program + " on this system to open it with (install xdg-utils and a web browser).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(program + " was interrupted.");
        }
    }
}
