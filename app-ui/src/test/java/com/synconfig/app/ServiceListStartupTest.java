package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synconfig service list} in a process of its own, as a user starts it, loads only what listing services
 * needs: not the libraries other commands use (Bouncy Castle, Netty, Jackson, H2, JNA, JavaFX), not Logback (nothing
 * is logged), and not the options of the other commands (picocli inspects only the branch the arguments name).
 */
class ServiceListStartupTest {

    @TempDir
    Path dir;

    @Test
    void listingServicesLoadsNoneOfWhatOtherCommandsNeed() throws Exception {
        Path loaded = dir.resolve("loaded.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + loaded, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--config", dir.resolve("synconfig.ini").toString(), "service", "list");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).startsWith("NAME").contains("SynSrv");

        List<String> classes;
        try (var lines = Files.lines(loaded)) {
            classes = lines.filter(l -> l.contains("[class,load]"))
                    .map(l -> l.replaceFirst("^.*\\[class,load\\] (\\S+).*$", "$1")).collect(Collectors.toList());
        }
        assertThat(classes).as("what the run did load").contains("picocli.CommandLine",
                "com.synconfig.app.cli.ServiceListCommand", "org.apache.commons.configuration2.INIConfiguration");
        List<String> deferred = List.of("org.bouncycastle.", "io.netty.", "com.fasterxml.jackson.", "org.h2.",
                "com.sun.jna.", "javafx.", "ch.qos.logback.", "org.slf4j.");
        assertThat(classes.stream().filter(c -> deferred.stream().anyMatch(c::startsWith)).toList())
                .as("classes of libraries other commands use, and of logging").isEmpty();
        assertThat(classes).as("option types of commands the arguments do not name").doesNotContainAnyElementsOf(
                List.of("com.synconfig.app.cli.ServiceSettingsOptions", "com.synconfig.app.cli.ClientConnectionOptions",
                        "com.synconfig.app.cli.cert.SubjectOptions", "com.synconfig.app.cli.tls.TlsServiceOptions"));
    }
}
