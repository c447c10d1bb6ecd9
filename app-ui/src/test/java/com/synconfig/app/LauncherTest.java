package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.cli.SynConfigCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void configOptionAloneStillMeansTheDesktopProgram() {
        assertThat(Launcher.onlyGuiOptions(new String[] {})).isTrue();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config", "/tmp/x.ini"})).isTrue();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config=/tmp/x.ini"})).isTrue();
    }

    @Test
    void anythingElseMeansTheCommandLine() {
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config", "/tmp/x.ini", "service", "list"})).isFalse();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--headless"})).isFalse();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config"})).isFalse();
        assertThat(Launcher.onlyGuiOptions(new String[] {"service", "list"})).isFalse();
    }

    @Test
    void backgroundServersStartWithThisLauncher() {
        assertThat(com.synconfig.app.process.ThisProgram.LAUNCHER).isEqualTo(Launcher.class.getName());
        assertThat(com.synconfig.app.process.ThisProgram.command().words()).endsWith(Launcher.class.getName());
    }

    /**
     * The launcher builds the command line while it applies the JDK's TLS settings on another thread, which is safe
     * only while building the model of a command initialises no JSSE (the JDK reads the settings once, then). Each
     * run is a process of its own; the second proves the check would see JSSE.
     */
    @Test
    void buildingTheCommandModelInitialisesNoJsse(@TempDir Path dir) throws Exception {
        assertThat(jsseClassesLoaded(dir, "model")).as("JSSE classes loaded while every command's model was built")
                .isEmpty();
        assertThat(jsseClassesLoaded(dir, "model+tls")).contains("sun.security.ssl.SSLContextImpl");
    }

    private static List<String> jsseClassesLoaded(Path dir, String what) throws Exception {
        Path loaded = dir.resolve(what + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + loaded, "-cp", System.getProperty("java.class.path"),
                WholeCommandModel.class.getName(), what).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        try (var lines = Files.lines(loaded)) {
            return lines.map(l -> l.replaceFirst("^.*\\[class,load\\] (\\S+).*$", "$1"))
                    .filter(c -> c.startsWith("sun.security.ssl.")).toList();
        }
    }

    /** Builds the model of every command ({@code model}), then initialises JSSE too ({@code model+tls}). */
    static final class WholeCommandModel {
        public static void main(String[] args) throws Exception {
            SynConfigCommand.newCommandLine();
            if (args[0].endsWith("+tls")) {
                SSLContext.getInstance("TLS").init(null, null, null);
            }
        }
    }
}
