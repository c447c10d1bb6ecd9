package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.wire.OpenMode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synconfig user ...} and {@code synconfig server start|status|stop} with a real background server process. */
class UserAndServerCliTest {

    @TempDir
    Path home;

    @BeforeEach
    void useTempHome() throws Exception {
        System.setProperty(ConfigLocation.SYSTEM_PROPERTY, home.resolve("synconfig.ini").toString());
        Cli add = Cli.run("service", "add", "CliTest", "--port", Integer.toString(freePort()), "--non-secure",
                "--default-user", "tester");
        assertThat(add.exit()).as(add.err()).isZero();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aServiceNobodyConfiguredIsNeitherStartedNorGivenUsers() {
        Cli start = Cli.run("server", "start", "--service", "CliTset");
        assertThat(start.exit()).isEqualTo(2);
        assertThat(start.err()).contains("there is no service named CliTset. Services: SynSrv, CliTest.");
        assertThat(home.resolve("services/CliTset")).doesNotExist();
        Cli user = Cli.run("user", "add", "alice", "--service", "CliTset", "--password-env", "PATH");
        assertThat(user.exit()).isEqualTo(2);
        assertThat(user.err()).contains("there is no service named CliTset").doesNotContain("user file");
        assertThat(home.resolve("services/CliTset")).doesNotExist();
    }

    @AfterEach
    void clearHome() {
        Cli.run("server", "stop", "--service", "CliTest");
        System.clearProperty(ConfigLocation.SYSTEM_PROPERTY);
    }

    @Test
    void usersAreAddedListedAndRemoved() throws Exception {
        // a real environment variable of this process stands in for a password variable: one whose value is a
        // valid password (8 to 72 ASCII characters; PATH is usually longer than bcrypt reads, so refused)
        String variable = System.getenv().entrySet().stream()
                .filter(e -> e.getValue().length() >= 8 && e.getValue().length() <= com.synconfig.server.auth.UserRules.MAX_PASSWORD_BYTES
                        && e.getValue().chars().allMatch(c -> c < 0x80))
                .map(java.util.Map.Entry::getKey).sorted().findFirst().orElseThrow();
        Cli add = Cli.run("user", "add", "alice", "--service", "CliTest", "--password-env", variable);
        assertThat(add.exit()).as(add.err()).isZero();
        Path users = home.resolve("services/CliTest/users");
        assertThat(new UserFile(users).verify("alice", System.getenv(variable).toCharArray())).isTrue();
        assertThat(Cli.run("user", "list", "--service", "CliTest").out().trim()).isEqualTo("alice");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Cli.run("user", "list", "--service", "CliTest", "--json").out());
        assertThat(json.get("service").asText()).isEqualTo("CliTest");
        assertThat(json.get("users").toString()).isEqualTo("[\"alice\"]");
        assertThat(Cli.run("user", "remove", "alice", "--service", "CliTest").exit()).isZero();
        Cli again = Cli.run("user", "remove", "alice", "--service", "CliTest");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("has no user alice");
        Cli unset = Cli.run("user", "add", "bob", "--service", "CliTest", "--password-env", "SYNCONFIG_NO_SUCH_VARIABLE");
        assertThat(unset.exit()).isEqualTo(2);
        assertThat(unset.err()).contains("SYNCONFIG_NO_SUCH_VARIABLE is not set");
    }

    @Test
    void serverStartsInTheBackgroundReportsStatusServesAndStops() throws Exception {
        int port = freePort();
        Files.createDirectories(home.resolve("services/CliTest/data"));
        Files.writeString(home.resolve("services/CliTest/data/hello.txt"), "hello\n");
        Cli start = Cli.run("server", "start", "--service", "CliTest", "--port", Integer.toString(port),
                "--non-secure", "--default-user", "tester");
        assertThat(start.exit()).as(start.err()).isZero();
        assertThat(start.out()).contains("Service CliTest started").contains("port " + port);

        Cli status = Cli.run("server", "status", "--service", "CliTest", "--json");
        assertThat(status.out()).contains("\"state\" : \"RUNNING\"").contains("\"port\" : " + port)
                .contains("\"tlsEngine\" : \"none\"");
        Cli twice = Cli.run("server", "start", "--service", "CliTest", "--port", Integer.toString(port));
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("already running");

        Cli read = Cli.run("client", "read", "hello.txt", "--host", "127.0.0.1", "--port", Integer.toString(port));
        assertThat(read.out().trim()).isEqualTo("hello");

        try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of("127.0.0.1", port));
             RemoteFile f = c.open("hello.txt", OpenMode.INPUT, "")) {
            assertThat(f.kind()).isEqualTo("SEQUENTIAL");
            long deadline = System.nanoTime() + 30_000_000_000L;
            String text;
            do {
                Thread.sleep(200);
                text = Cli.run("server", "status", "--service", "CliTest").out();
            } while (!text.contains("files=[hello.txt]") && System.nanoTime() < deadline);
            assertThat(text).contains("connections: 1").containsPattern("127\\.0\\.0\\.1:\\d+ user=tester clear files=\\[hello.txt\\]");
        }

        Cli stop = Cli.run("server", "stop", "--service", "CliTest");
        assertThat(stop.out()).contains("Service CliTest stopped");
        assertThat(Cli.run("server", "status", "--service", "CliTest").out()).contains("state: STOPPED");
        assertThat(Files.readString(home.resolve("services/CliTest/rsynd.log")))
                .contains("STARTED: service CliTest listening on port " + port).contains("STOPPED");
    }

    @Test
    void serverStartTakesTheServiceFromTheConfigurationFile() throws Exception {
        int port = freePort();
        ConfigStore store = new ConfigStore(home.resolve("synconfig.ini"));
        ConfigSnapshot base = store.load();
        store.save(base, base.services().with(base.services().find("CliTest").orElseThrow().toBuilder().port(port)
                .defaultUser("app").build()));
        Cli start = Cli.run("server", "start", "--service", "CliTest");
        assertThat(start.exit()).as(start.err()).isZero();
        assertThat(start.out()).contains("port " + port);
        Cli status = Cli.run("server", "status", "--service", "CliTest");
        assertThat(status.out()).contains("state: RUNNING").contains("port: " + port);
        assertThat(Cli.run("server", "stop", "--service", "CliTest").exit()).isZero();
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Cli start = Cli.run("server", "start", "--service", "CliTest", "--port",
                    Integer.toString(taken.getLocalPort()), "--non-secure");
            assertThat(start.exit()).isEqualTo(2);
            assertThat(start.err()).contains("Port " + taken.getLocalPort() + " is already in use");
        }
    }
}
