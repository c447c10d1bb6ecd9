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

/**
 * The commands that validate services (ServiceValidator) and print rsynd command lines (RsyndCommandLine):
 * these need the validation rules and the command-line renderer built alongside the store.
 */
class ServiceCommandsWithRulesTest {

    @TempDir
    Path dir;
    Path config;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        config = dir.resolve("synconfig.ini");
        cli = new CliRunner(config);
    }

    @Test
    void setValidatesWritesAndPrintsTheRsyndLine() throws IOException {
        CliRunner.Result r = cli.run("service", "set", "SynSrv", "--port", "2400", "--scl", "2",
                "--platform", "unix", "--env", "DBLDIR=" + dir, "--log-level", "requests");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).contains("Saved service SynSrv in " + config)
                .contains("rsynd -p 2400").contains("-scl=2").contains("-l requests");
        assertThat(Files.readString(config)).contains("port = 2400", "scl = 2", "env.DBLDIR = " + dir);

        CliRunner.Result unset = cli.run("service", "set", "SynSrv", "--env", "DBLDIR=");
        assertThat(unset.exitCode()).as("%s", unset).isZero();
        assertThat(Files.readString(config)).doesNotContain("env.DBLDIR");
    }

    @Test
    void errorFindingsRefuseTheChangeWithExitCode1() throws IOException {
        cli.run("service", "list");
        byte[] before = Files.readAllBytes(config);
        CliRunner.Result r = cli.run("service", "set", "SynSrv", "--port", "80");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).contains("SynSrv: ERROR port").contains("Nothing was saved");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);

        CliRunner.Result clash = cli.run("service", "add", "Second", "--port", "2330");
        assertThat(clash.exitCode()).as("%s", clash).isEqualTo(1);
        assertThat(clash.out()).contains("Second: ERROR port");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);
    }

    @Test
    void addAsJsonForScripts() throws IOException {
        CliRunner.Result r = cli.run("service", "add", "Plain", "--port", "2331", "--platform", "windows", "--json");
        assertThat(r.exitCode()).as("%s", r).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("saved").asBoolean()).isTrue();
        assertThat(j.get("service").get("port").asInt()).isEqualTo(2331);
        assertThat(j.get("service").get("platform").asText()).isEqualTo("windows");
        assertThat(j.get("rsynd").asText()).isEqualTo("rsynd -p 2331 -scl=3");
        assertThat(cli.run("service", "list").out()).contains("Plain");
    }

    @Test
    void showPrintsEverySettingAndTheRsyndLine() {
        cli.run("service", "set", "SynSrv", "--platform", "unix", "--default-user", "guest");
        CliRunner.Result r = cli.run("service", "show", "SynSrv");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).contains("Service SynSrv", "port", "2330", "encryption", "off", "certificate",
                "(none: no certificate file is set and DBLDIR is not defined)", "SCL", "mode", "secure", "default user", "guest", "start mode", "Automatic",
                "log level", "basic", "log file", "data root", "platform", "unix", "environment",
                "rsynd -p 2330 -scl=3 -u guest");
    }

    @Test
    void rsyndCommandForAnotherPlatform() {
        CliRunner.Result r = cli.run("rsynd-command", "SynSrv", "--platform", "openvms");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out().trim()).isEqualTo("RSYND /PORT=2330 /SCL=3");
    }

    @Test
    void validateReportsEachServiceAndExitsWith1OnErrors() throws IOException {
        CliRunner.Result fine = cli.run("validate");
        assertThat(fine.exitCode()).as("%s", fine).isZero();
        assertThat(fine.out()).contains("SynSrv: OK", "1 service(s) checked: 0 error(s)");

        Files.writeString(config, Files.readString(config).replace("port = 2330", "port = 99999"));
        CliRunner.Result bad = cli.run("validate", "--json");
        assertThat(bad.exitCode()).as("%s", bad).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(bad.out());
        assertThat(j.get("ok").asBoolean()).isFalse();
        assertThat(j.get("services").get("SynSrv").get(0).get("severity").asText()).isEqualTo("ERROR");
    }

    @Test
    void validateWarnsThatScl2TurnsTls11On() {
        assertThat(cli.run("service", "set", "SynSrv", "--scl", "2").exitCode()).isZero();
        CliRunner.Result r = cli.run("validate");
        assertThat(r.exitCode()).as("a warning is not an error: %s", r).isZero();
        assertThat(r.out()).contains("WARNING scl: Security compliance level 2 turns TLS 1.1 on");
    }

    @Test
    void importRefusesDuplicatesUnlessReplace() throws IOException {
        Path source = dir.resolve("source.ini");
        CliRunner other = new CliRunner(source);
        other.run("service", "set", "SynSrv", "--port", "2500");
        other.run("service", "add", "Extra", "--port", "2501");
        Path export = dir.resolve("export.ini");
        assertThat(other.run("service", "export", "--file", export.toString()).exitCode()).isZero();

        cli.run("service", "list");
        byte[] before = Files.readAllBytes(config);
        CliRunner.Result refused = cli.run("service", "import", export.toString());
        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(1);
        assertThat(refused.out()).contains("SynSrv: ERROR name: Service SynSrv already exists", "--replace");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);

        CliRunner.Result replaced = cli.run("service", "import", export.toString(), "--replace");
        assertThat(replaced.exitCode()).as("%s", replaced).isZero();
        assertThat(replaced.out()).contains("added Extra; replaced SynSrv.");
        assertThat(cli.run("service", "list").out()).containsPattern("SynSrv +2500").containsPattern("Extra +2501");
    }
}
