package com.synconfig.server.control;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run this program again in another process: the installed launcher when there is one (jpackage sets
 * {@code jpackage.app-path}; it takes no JVM options), else this JVM with its own options (so
 * {@code SYNCONFIG_JAVA_OPTS} and {@code -D} settings carry over) and class path.
 *
 * @param words the command up to the program's first argument
 */
public record ProgramCommand(List<String> words) {

    public ProgramCommand {
        words = List.copyOf(words);
    }

    /** @param mainClass the launcher class, for a run from a class path */
    public static ProgramCommand current(String mainClass) {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return new ProgramCommand(List.of(launcher));
        }
        List<String> words = new ArrayList<>();
        words.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib:jdwp") && !a.startsWith("-javaagent:"))
                .forEach(words::add);
        words.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return new ProgramCommand(words);
    }

    /** This command followed by {@code args}. */
    public List<String> with(List<String> args) {
        List<String> all = new ArrayList<>(words);
        all.addAll(args);
        return all;
    }
}
