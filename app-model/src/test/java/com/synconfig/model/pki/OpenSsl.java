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

    /**
     * Starts {@code openssl s_server} with {@code serverArgs} on a free port, connects {@code openssl s_client}
     * with {@code clientArgs}, and returns the client's output; the server is stopped afterwards.
     */
    public String handshake(List<String> serverArgs, List<String> clientArgs) throws IOException, InterruptedException {
        // stdbuf: s_server's stdout is block-buffered on a pipe, so ACCEPT would only show when it exits.
        // -www: s_server then never reads stdin; in its default mode the end of stdin drops the connection before
        // any handshake, and s_client still prints "Verify return code: 0 (ok)".
        List<String> command = new ArrayList<>(List.of("stdbuf", "-oL", "openssl", "s_server", "-accept", "0",
                "-naccept", "1", "-www"));
        command.addAll(serverArgs);
        Process server = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            int port = -1;
            while (port < 0 && (line = lines.readLine()) != null) {
                seen.append(line).append('\n');
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^ACCEPT .*:(\\d+)$").matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            assertThat(port).as("s_server did not start:\n%s", seen).isPositive();
            List<String> client = new ArrayList<>(List.of("s_client", "-connect", "127.0.0.1:" + port));
            client.addAll(clientArgs);
            String output = run(client.toArray(String[]::new)).output();
            assertThat(output).as("no TLS session was established:\n%s", output)
                    .doesNotContain("Cipher is (NONE)").doesNotContain("errno=");
            return output;
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
