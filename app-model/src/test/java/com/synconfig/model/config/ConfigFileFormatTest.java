package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comments, order and spelling the admin wrote by hand survive a save; broken files are reported by line. */
class ConfigFileFormatTest {

    private static final Path FILE = Path.of("/etc/synconfig/synconfig.ini");

    private static final String HAND_WRITTEN = """
            # Our xfServer services -- maintained by ops
            ; second comment style

            # the production listener
            [SynSrv]
              port = 2330        ; opened in the firewall, ticket 42
              encrypt = false
              scl = 3
              env.DBLDIR = /usr/synergy/dbl   # do not move
              env.KEEP = "  spaced ; value  "

            # test listener, remove after go-live
            [Test]
            port: 2500
            secure = true

            # the end
            """;

    @TempDir
    Path dir;

    @Test
    void handWrittenFileReadsAsWritten() throws IOException {
        ServiceConfiguration services = ConfigFileFormat.read(HAND_WRITTEN, FILE).services();
        assertThat(services.names()).containsExactly("SynSrv", "Test");
        ServiceDefinition syn = services.find("SynSrv").orElseThrow();
        assertThat(syn.port()).isEqualTo(2330);
        assertThat(syn.environment()).containsExactly(
                java.util.Map.entry("DBLDIR", "/usr/synergy/dbl"), java.util.Map.entry("KEEP", "  spaced ; value  "));
        assertThat(services.find("test").orElseThrow().port()).isEqualTo(2500);
    }

    @Test
    void unchangedServicesRewriteToTheIdenticalText() throws IOException {
        ConfigFileFormat.Content content = ConfigFileFormat.read(HAND_WRITTEN, FILE);
        assertThat(ConfigFileFormat.write(content, content.services())).isEqualTo(HAND_WRITTEN);
        String crlf = HAND_WRITTEN.replace("\n", "\r\n");
        ConfigFileFormat.Content windows = ConfigFileFormat.read(crlf, FILE);
        assertThat(ConfigFileFormat.write(windows, windows.services())).isEqualTo(crlf);
    }

    @Test
    void changesTouchOnlyTheirLinesAndKeepComments() throws IOException {
        ConfigFileFormat.Content content = ConfigFileFormat.read(HAND_WRITTEN, FILE);
        ServiceDefinition syn = content.services().find("SynSrv").orElseThrow().toBuilder()
                .port(2331).encrypt(true).certificateFile("/etc/synergy/rsynd.pem")
                .env("DBLDIR", null).env("SYNSSL_RAND", "/dev/urandom").build();
        ServiceDefinition added = ServiceDefinition.named("New").toBuilder().port(2600).platform(Platform.OPENVMS).build();
        ServiceConfiguration updated = content.services().with(syn).without("Test").with(added);

        assertThat(ConfigFileFormat.write(content, updated)).isEqualTo("""
                # Our xfServer services -- maintained by ops
                ; second comment style

                # the production listener
                [SynSrv]
                  port = 2331 ; opened in the firewall, ticket 42
                  encrypt = true
                  scl = 3
                  env.KEEP = "  spaced ; value  "
                  certificate = /etc/synergy/rsynd.pem
                  env.SYNSSL_RAND = /dev/urandom

                [New]
                port = 2600
                encrypt = false
                scl = 3
                secure = true
                start-mode = automatic
                log-level = basic
                platform = openvms
                """);
    }

    @Test
    void changingAValueAndBackRestoresTheOriginalBytes() throws IOException {
        String canonical = ConfigFileFormat.newFile(ServiceConfiguration.defaults(), ConfigStore.NEW_FILE_HEADER);
        ConfigFileFormat.Content original = ConfigFileFormat.read(canonical, FILE);
        ServiceConfiguration changed = original.services().with(ServiceDefinition.defaults().toBuilder()
                .port(9999).dataRoot("/srv/data").build());
        String once = ConfigFileFormat.write(original, changed);
        assertThat(once).isNotEqualTo(canonical).contains("port = 9999", "data-root = /srv/data");
        ConfigFileFormat.Content reread = ConfigFileFormat.read(once, FILE);
        assertThat(ConfigFileFormat.write(reread, original.services())).isEqualTo(canonical);
    }

    @Test
    void storeSaveKeepsHandWrittenCommentsOnDisk() throws IOException {
        Path file = dir.resolve("synconfig.ini");
        Files.writeString(file, HAND_WRITTEN);
        ConfigStore store = new ConfigStore(file);
        ConfigSnapshot snap = store.load();
        store.save(snap, snap.services().with(snap.services().find("Test").orElseThrow().toBuilder().port(2501).build()));
        assertThat(Files.readString(file)).isEqualTo(HAND_WRITTEN.replace("port: 2500", "port = 2501"));
        assertThat(Files.readString(store.backupFile())).isEqualTo(HAND_WRITTEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad port           | [SynSrv]\\nport = abc                    | 2 | Port 'abc' is not a number
            unknown SCL        | [SynSrv]\\nport = 2330\\nscl = 5         | 3 | Security compliance level 5 is not valid
            unknown key        | # c\\n[SynSrv]\\ncolour = blue           | 3 | 'colour' is not a known setting
            garbage line       | [SynSrv]\\nport = 2330\\nthis is garbage | 3 | 'this is garbage' is not a setting
            unterminated       | [SynSrv]\\nport = 2330\\n[Other\\nport=1 | 3 | '[Other' is not closed
            duplicate section  | [SynSrv]\\n[A]\\n[synsrv]                | 3 | section [synsrv] appears a second time (first on line 1)
            duplicate key      | [SynSrv]\\nport = 1\\nport = 2           | 3 | 'port' is set a second time
            outside section    | port = 2330\\n[SynSrv]                   | 1 | set outside any section
            bad boolean        | [SynSrv]\\nencrypt = yes please          | 2 | encrypt 'yes please' is not true or false
            unknown platform   | [SynSrv]\\nplatform = amiga              | 2 | Unknown platform 'amiga'
            open quote         | [SynSrv]\\ndata-root = "/srv/x           | 2 | has no closing "
            continuation       | [SynSrv]\\ndata-root = /srv/x \\\\\\nport = 1 | 2 | continue it onto the next line
            bad service name   | [Syn Srv]\\nport = 1                     | 1 | Service name 'Syn Srv' contains a space. Fix:
            dot-dot name       | [..]\\nport = 1                          | 1 | Service name '..' contains '.' at the start
            bad env name       | [SynSrv]\\nenv.1X = 1                    | 2 | Environment variable name '1X' is not valid on
            vms name on unix   | [SynSrv]\\nenv.SYS$NODE = a\\nplatform = unix | 2 | 'SYS$NODE' is not valid on UNIX
            bad limit          | [SynSrv]\\nport = 1\\nmax-connections = lots | 3 | max-connections 'lots' is not a whole number
            """)
    void brokenFileNamesFileLineAndProblemAndIsLeftUntouched(String what, String content, int line, String problem)
            throws IOException {
        Path file = dir.resolve("synconfig.ini");
        byte[] bytes = content.replace("\\n", "\n").replace("\\\\", "\\").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, bytes);
        ConfigStore store = new ConfigStore(file);

        assertThatThrownBy(store::load)
                .isInstanceOfSatisfying(ConfigFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    // every message says what to do: "Fix: ..." or, from the enums' own parsers, ": use <valid values>"
                    assertThat(e.problem()).contains(problem).containsPattern("Fix: |: use ");
                })
                .hasMessageStartingWith(file + ", line " + line + ": ");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(store.backupFile()).doesNotExist();
    }

    @Test
    void connectionLimitsAreWrittenOnlyWhenTheyDifferFromTheDefaultsAndReadBack() throws IOException {
        ServiceDefinition plain = ServiceDefinition.named("Plain");
        ServiceDefinition tuned = ServiceDefinition.named("Tuned").toBuilder().port(2331)
                .limits(new ConnectionLimits(200, 5, 10)).build();
        String text = ConfigFileFormat.write(ConfigFileFormat.read("", FILE),
                ConfigFileFormat.read("", FILE).services().with(plain).with(tuned));
        assertThat(text).contains("max-connections = 200", "max-connections-per-host = 5", "login-timeout = 10");
        assertThat(text.substring(0, text.indexOf("[Tuned]"))).doesNotContain("max-connections", "login-timeout");

        ServiceConfiguration back = ConfigFileFormat.read(text, FILE).services();
        assertThat(back.find("Tuned").orElseThrow().limits()).isEqualTo(new ConnectionLimits(200, 5, 10));
        assertThat(back.find("Plain").orElseThrow().limits()).isEqualTo(ConnectionLimits.DEFAULTS);
    }

    @Test
    void environmentNamesAreJudgedByTheServicesOwnPlatformWhereverItsLineIs() throws IOException {
        // the dialog and 'service set' accept SYS$NODE for an OpenVMS service: the file reader must read it back
        Path file = dir.resolve("synconfig.ini");
        Files.writeString(file, "[Vms]\nenv.SYS$NODE = NODE1\nplatform = openvms\n");
        ServiceDefinition vms = new ConfigStore(file).load().services().find("Vms").orElseThrow();
        assertThat(vms.platform()).isEqualTo(com.synconfig.model.service.Platform.OPENVMS);
        assertThat(vms.environment()).containsEntry("SYS$NODE", "NODE1");
    }

    @Test
    void nonUtf8FileIsReportedNotGuessed() throws IOException {
        Path file = dir.resolve("synconfig.ini");
        byte[] latin1 = "[SynSrv]\ndefault-user = J\u00fcrgen\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertThatThrownBy(() -> new ConfigStore(file).load()).isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("is not UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }
}
