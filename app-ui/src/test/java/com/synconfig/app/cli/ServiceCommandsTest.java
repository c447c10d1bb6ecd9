package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service commands that need only the configuration store: output, exit codes, and the file left alone on errors. */
class ServiceCommandsTest {

    @TempDir
    Path dir;
    Path config;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        config = dir.resolve("etc").resolve("synconfig.ini");
        cli = new CliRunner(config);
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.exitCode()).as("%s", r).isZero();
        return r;
    }

    @Test
    void listOnFirstStartWritesTheDefaultsAndShowsSynSrv() {
        CliRunner.Result r = ok("service", "list");
        assertThat(config).exists();
        assertThat(r.out()).startsWith("NAME ").containsPattern("SynSrv +2330 +no +3 +secure");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listAsJson() throws IOException {
        JsonNode list = new ObjectMapper().readTree(ok("service", "list", "--json").out());
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).get("name").asText()).isEqualTo("SynSrv");
        assertThat(list.get(0).get("port").asInt()).isEqualTo(2330);
        assertThat(list.get(0).get("secure").asBoolean()).isTrue();
        assertThat(list.get(0).get("scl").asInt()).isEqualTo(3);
    }

    @Test
    void configOptionIsInheritedBySubcommands() {
        CliRunner.Result r = CliRunner.runExactly("service", "list", "--config", config.toString());
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(config).exists();
    }

    @Test
    void configPathSaysWhichSourceWonWithoutWritingTheFile() throws IOException {
        CliRunner.Result r = ok("config-path");
        assertThat(r.out()).startsWith(config + System.lineSeparator()).contains("chosen by the --config option")
                .contains("does not exist yet");
        assertThat(config).doesNotExist();
        JsonNode j = new ObjectMapper().readTree(ok("config-path", "--json").out());
        assertThat(j.get("file").asText()).isEqualTo(config.toString());
        assertThat(j.get("source").asText()).isEqualTo("COMMAND_LINE");
        assertThat(j.get("exists").asBoolean()).isFalse();
    }

    @Test
    void systemPropertyChoosesTheFileWhenThereIsNoConfigOption() {
        String before = System.getProperty("synconfig.config");
        System.setProperty("synconfig.config", config.toString());
        try {
            CliRunner.Result r = CliRunner.runExactly("config-path");
            assertThat(r.exitCode()).as("%s", r).isZero();
            assertThat(r.out()).startsWith(config + System.lineSeparator())
                    .contains("chosen by the system property synconfig.config");
            Path flag = dir.resolve("flag.ini");
            assertThat(CliRunner.runExactly("--config", flag.toString(), "config-path").out())
                    .startsWith(flag + System.lineSeparator()).contains("chosen by the --config option");
        } finally {
            if (before == null) {
                System.clearProperty("synconfig.config");
            } else {
                System.setProperty("synconfig.config", before);
            }
        }
    }

    @Test
    void connectionLimitsAreSetShownAndKeptInRange() throws IOException {
        ok("service", "set", "SynSrv", "--max-connections-per-host", "3", "--login-timeout", "10");
        assertThat(Files.readString(config)).contains("max-connections = 1000", "max-connections-per-host = 3",
                "login-timeout = 10");
        JsonNode shown = new ObjectMapper().readTree(ok("service", "show", "SynSrv", "--json").out());
        assertThat(shown.get("maxConnectionsPerHost").asInt()).isEqualTo(3);
        assertThat(shown.get("loginTimeout").asInt()).isEqualTo(10);
        assertThat(ok("service", "show", "SynSrv").out()).contains("1000 at most, 3 per host", "10 s");

        byte[] before = Files.readAllBytes(config);
        CliRunner.Result tooMany = cli.run("service", "set", "SynSrv", "--max-connections-per-host", "2000");
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.out() + tooMany.err()).contains("per host 2000 is outside 1-1000");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);
    }

    @Test
    void badValuesAreUsageErrorsAndLeaveTheFileUntouched() throws IOException {
        ok("service", "list");
        byte[] before = Files.readAllBytes(config);

        CliRunner.Result port = cli.run("service", "set", "SynSrv", "--port", "abc");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("--port").contains("Port 'abc' is not a number. Fix: Give a port from 1024")
                .doesNotContain("Exception");

        CliRunner.Result scl = cli.run("service", "set", "SynSrv", "--scl", "5");
        assertThat(scl.exitCode()).isEqualTo(2);
        assertThat(scl.err()).contains("Security compliance level 5 is not valid: use 0 (default, currently 3), 2 or 3.");

        CliRunner.Result both = cli.run("service", "set", "SynSrv", "--secure", "--non-secure");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--secure and --non-secure contradict each other");

        CliRunner.Result env = cli.run("service", "set", "SynSrv", "--env", "NOEQUALS");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).contains("has no '='");

        CliRunner.Result envName = cli.run("service", "set", "SynSrv", "--env", "9X=1");
        assertThat(envName.exitCode()).isEqualTo(2);
        assertThat(envName.err()).contains("Environment variable name '9X' is not valid on");

        CliRunner.Result mode = cli.run("service", "add", "Other", "--start-mode", "sometimes");
        assertThat(mode.exitCode()).isEqualTo(2);
        assertThat(mode.err()).contains("Unknown start mode 'sometimes'");

        assertThat(Files.readAllBytes(config)).isEqualTo(before);
    }

    @Test
    void unknownExistingAndBadlyNamedServicesAreUsageErrors() throws IOException {
        ok("service", "list");
        byte[] before = Files.readAllBytes(config);

        CliRunner.Result unknown = cli.run("service", "set", "Nope", "--port", "2400");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no service named Nope. Services: SynSrv.");

        CliRunner.Result dup = cli.run("service", "add", "synsrv");
        assertThat(dup.exitCode()).isEqualTo(2);
        assertThat(dup.err()).contains("service SynSrv already exists");

        CliRunner.Result badName = cli.run("service", "add", "has space");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("Service name 'has space' contains a space. Fix:");

        CliRunner.Result rename = cli.run("service", "set", "SynSrv", "--rename", "NewName");
        assertThat(rename.exitCode()).isEqualTo(2);
        assertThat(rename.err()).contains("cannot be renamed").contains("remove");

        assertThat(Files.readAllBytes(config)).isEqualTo(before);
    }

    @Test
    void removeDeletesTheSectionAndKeepsABackup() throws IOException {
        ok("service", "list");
        byte[] before = Files.readAllBytes(config);
        CliRunner.Result r = ok("service", "remove", "synsrv");
        assertThat(r.out()).contains("Removed service SynSrv");
        assertThat(Files.readString(config)).doesNotContain("[SynSrv]");
        assertThat(Files.readAllBytes(config.resolveSibling("synconfig.ini.bak"))).isEqualTo(before);
        assertThat(ok("service", "list").out()).doesNotContain("SynSrv");
        assertThat(cli.run("service", "remove", "SynSrv").exitCode()).isEqualTo(2);
    }

    @Test
    void brokenFileIsReportedWithItsLineAndLeftUntouched() throws IOException {
        Files.createDirectories(config.getParent());
        byte[] broken = "[SynSrv]\nport = 2330\nscl = 4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(config, broken);
        CliRunner.Result r = cli.run("service", "list");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(config + ", line 3: Security compliance level 4 is not valid")
                .doesNotContain("at com.");
        assertThat(Files.readAllBytes(config)).isEqualTo(broken);
    }

    @Test
    void exportToStdoutAndToAFile() throws IOException {
        ok("service", "list");
        CliRunner.Result stdout = ok("service", "export");
        assertThat(stdout.out()).contains("[SynSrv]", "port = 2330", "SynConfig service export");
        Path file = dir.resolve("export.ini");
        CliRunner.Result toFile = ok("service", "export", "SynSrv", "--file", file.toString());
        assertThat(toFile.out()).contains("Exported 1 service(s) (SynSrv) to " + file);
        assertThat(Files.readString(file)).isEqualTo(stdout.out());
        assertThat(cli.run("service", "export", "Nope").exitCode()).isEqualTo(2);
        JsonNode j = new ObjectMapper().readTree(ok("service", "export", "--json").out());
        assertThat(j.get(0).get("name").asText()).isEqualTo("SynSrv");
    }

    @Test
    void importOfABrokenFileNamesItsLine() throws IOException {
        ok("service", "list");
        byte[] before = Files.readAllBytes(config);
        Path file = dir.resolve("broken.ini");
        Files.writeString(file, "[Other]\nport = 2331\n[Unclosed\n");
        CliRunner.Result r = cli.run("service", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(file + ", line 3: section header '[Unclosed' is not closed");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);
        assertThat(cli.run("service", "import", dir.resolve("missing.ini").toString()).err())
                .contains("no such file: " + dir.resolve("missing.ini"));
    }
}
