package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.StartMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synconfig service import-rsynd}: a pasted rsynd line creates or (with --force) updates a service. */
class ServiceImportRsyndCliTest {

    @TempDir
    Path dir;
    Path config;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        config = dir.resolve("synconfig.ini");
        cli = new CliRunner(config);
        assertThat(cli.run("service", "set", "SynSrv", "--start-mode", "manual", "--env", "DBLDIR=/etc/synergy")
                .exitCode()).isZero();
    }

    private ServiceDefinition saved(String name) throws Exception {
        return new ConfigStore(config).load().services().find(name).orElseThrow();
    }

    @Test
    void aDashLineCreatesAServiceAndPrintsItsLine() throws Exception {
        CliRunner.Result r = cli.run("service", "import-rsynd", "rsynd -p 2331 -scl=2 -n -u guest", "--name", "Backup");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).contains("Saved service Backup in " + config).contains("rsynd -p 2331 -scl=2 -n -u guest");
        ServiceDefinition backup = saved("Backup");
        assertThat(backup.port()).isEqualTo(2331);
        assertThat(backup.scl()).isEqualTo(Scl.LEVEL_2);
        assertThat(backup.nonSecure()).isTrue();
        assertThat(backup.defaultUser()).isEqualTo("guest");
    }

    @Test
    void anExistingServiceIsUpdatedOnlyWithForceAndKeepsWhatTheLineCannotSay() throws Exception {
        byte[] before = Files.readAllBytes(config);
        CliRunner.Result refused = cli.run("service", "import-rsynd", "RSYND /PORT=2400 /SCL=3");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("SynSrv: ERROR name: Service SynSrv already exists. Fix: Add --force to"
                + " replace its settings with the line, or give --name to create another service.")
                .contains("Nothing was saved");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);

        CliRunner.Result r = cli.run("service", "import-rsynd", "RSYND /PORT=2400 /SCL=3", "--force");
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.out()).contains("SynSrv: INFO platform: Read as a command line for OpenVMS")
                .contains("RSYND /PORT=2400 /SCL=3");
        ServiceDefinition synSrv = saved("SynSrv");
        assertThat(synSrv.platform()).isEqualTo(Platform.OPENVMS);
        assertThat(synSrv.port()).isEqualTo(2400);
        assertThat(synSrv.startMode()).isEqualTo(StartMode.MANUAL);
        assertThat(synSrv.environment()).containsEntry("DBLDIR", "/etc/synergy");
    }

    @Test
    void aBadLineNamesTheWordAndItsFixAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(config);
        CliRunner.Result r = cli.run("service", "import-rsynd", "-p 2331 -encrypt -x", "--name", "Backup", "--json");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("saved").asBoolean()).isFalse();
        assertThat(json.get("findings").get(0).get("message").asText()).isEqualTo("Unknown option '-x' at position 18.");
        assertThat(json.get("findings").get(0).get("fix").asText()).startsWith("Use one of: -p PORT, -encrypt");
        assertThat(Files.readAllBytes(config)).isEqualTo(before);
    }

    @Test
    void theValidatorStillDecides() throws Exception {
        CliRunner.Result r = cli.run("service", "import-rsynd", "rsynd -p 2330", "--name", "Backup");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Backup: ERROR port: Port 2330 is already used by service 'SynSrv'");
        assertThat(new ConfigStore(config).load().services().find("Backup")).isEmpty();
    }
}
