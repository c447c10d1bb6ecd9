package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.cli.SynConfigCommand;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs every {@code ./synconfig ...} example of README's "Command line" section, in order, in-process against a
 * fresh configuration file, through the launcher's own path (what it prints, flushed as before {@code System.exit}),
 * and checks the exit code and output README promises. A new example fails this test
 * until it gets an expectation here, so README cannot drift from what the program does.
 */
class ReadmeExamplesTest {

    /** README's examples keep files in {@code ~/synergy}; here that is a folder of the test's own. */
    private static final String README_FOLDER = "~/synergy";

    @TempDir
    Path dir;

    private record Expectation(int exitCode, List<String> fragments) {
    }

    private Map<String, Expectation> expectations(Path config) {
        return Map.ofEntries(
                Map.entry("service list", new Expectation(0, List.of("NAME", "SynSrv", "2330", "secure"))),
                Map.entry("service show SynSrv", new Expectation(0, List.of("Service SynSrv", "port", "rsynd -p 2330 -scl=3"))),
                Map.entry("cert self-signed --cn localhost --san DNS:localhost --san IP:127.0.0.1 --out ~/synergy/rsynd.pem",
                        new Expectation(0, List.of("Wrote service-ready certificate and key", "SANs:      DNS:localhost, IP:127.0.0.1"))),
                Map.entry("service set SynSrv --encrypt --cert ~/synergy/rsynd.pem --scl 2", new Expectation(0,
                        List.of("Saved service SynSrv", "rsynd -p 2330 -encrypt -cert=" + dir.resolve("rsynd.pem") + " -scl=2"))),
                Map.entry("rsynd-command SynSrv --platform openvms",
                        new Expectation(0, List.of("RSYND /PORT=2330 /ENCRYPT /CERTIFICATE=", "/SCL=2"))),
                Map.entry("ciphers --service SynSrv -v", new Expectation(0, List.of(
                        "TLS_AES_256_GCM_SHA384         TLSv1.3 Kx=any      Au=any   Enc=AESGCM(256)            Mac=AEAD",
                        "ECDHE-RSA-AES256-GCM-SHA384    TLSv1.2 Kx=ECDH     Au=RSA   Enc=AESGCM(256)            Mac=AEAD"))),
                Map.entry("preview --service SynSrv --client openssl-3.0",
                        new Expectation(0, List.of("Result:  TLSv1.3", "SLC:     TLS_"))),
                Map.entry("dltest", new Expectation(0, List.of("SynSrv certificate", "0 failed"))),
                Map.entry("service add Backup --port 2331 --no-encrypt --start-mode manual",
                        new Expectation(0, List.of("Saved service Backup", "rsynd -p 2331 -scl=3"))),
                Map.entry("service import-rsynd \"rsynd -p 2332 -scl=3\" --name Backup --force",
                        new Expectation(0, List.of("INFO The line replaces every setting", "Saved service Backup",
                                "rsynd -p 2332 -scl=3"))),
                Map.entry("service export SynSrv", new Expectation(0, List.of("[SynSrv]", "port = 2330"))),
                Map.entry("service remove Backup", new Expectation(0, List.of("Removed service Backup"))),
                Map.entry("validate", new Expectation(0, List.of("SynSrv: INFO", "self-signed", "0 error(s)"))),
                Map.entry("config-path", new Expectation(0, List.of(config.toString(), "chosen by the --config option"))));
    }

    @Test
    void everyCommandLineExampleRunsAsDocumented() throws IOException {
        Path config = dir.resolve("synconfig.ini");
        Map<String, Expectation> expectations = expectations(config);
        List<String> examples = examples(readme());
        assertThat(examples).as("README's Command line examples").hasSizeGreaterThanOrEqualTo(5)
                .contains("service list", "config-path", "validate");

        for (String example : examples) {
            Expectation expected = expectations.get(example);
            assertThat(expected).as("an expectation for README example './synconfig %s'", example).isNotNull();
            List<String> args = new ArrayList<>(List.of("--config", config.toString()));
            args.addAll(words(example.replace(README_FOLDER, dir.toString())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] all = args.toArray(String[]::new);
            CommandLine cl = SynConfigCommand.forArguments(all); // as the launcher builds it
            cl.setOut(likePicocliDefault(out));
            cl.setErr(likePicocliDefault(err));
            int code = Launcher.runHeadless(cl, all);
            assertThat(code).as("exit code of './synconfig %s'%nout: %s%nerr: %s", example, out, err)
                    .isEqualTo(expected.exitCode());
            assertThat(out.toString(StandardCharsets.UTF_8)).as("output of './synconfig %s'", example).contains(expected.fragments());
        }
    }

    /**
     * A writer that buffers like the one picocli puts over {@code System.out}: flushed at each println, not after
     * {@code print}. What is still buffered when the launcher returns would be lost by {@code System.exit}.
     */
    private static PrintWriter likePicocliDefault(ByteArrayOutputStream bytes) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), true);
    }

    private static String readme() throws IOException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path readme = d.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.exists(d.resolve("app-ui"))) {
                return Files.readString(readme);
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    /** The {@code ./synconfig} lines of the "Command line" section's code blocks, without prefix and comment. */
    static List<String> examples(String readme) {
        int start = readme.indexOf("\n## Command line");
        assertThat(start).as("README has a '## Command line' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> examples = new ArrayList<>();
        boolean inCode = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (inCode && line.startsWith("./synconfig ")) {
                examples.add(line.substring("./synconfig ".length()).replaceAll("\\s+#.*$", "").trim());
            }
        }
        return examples;
    }

    /** Splits like a shell: white space separates words, quotes group them. */
    static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : commandLine.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
