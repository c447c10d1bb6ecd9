package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code openssl} binary in a working directory (the interop peer the tests prove against). */
public final class OpenSsl {

    /** Exit code and merged stdout+stderr of one run. */
    public record Result(int exitCode, String output) {
    }

    private final Path dir;

    public OpenSsl(Path dir) {
        this.dir = dir;
    }

    /** Runs {@code openssl args...} and returns its result whatever the exit code. */
    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("openssl " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Runs and requires exit code 0; returns the output. */
    public String ok(String... args) throws IOException, InterruptedException {
        Result r = run(args);
        assertThat(r.exitCode()).as("openssl %s\n%s", String.join(" ", args), r.output()).isZero();
        return r.output();
    }

    public Path path(String name) {
        return dir.resolve(name);
    }

    /** Concatenates files into a new one (how admins build a combined PEM). */
    public Path concat(String target, String... parts) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(Files.readString(dir.resolve(part), StandardCharsets.ISO_8859_1));
        }
        return Files.writeString(dir.resolve(target), sb.toString(), StandardCharsets.ISO_8859_1);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
