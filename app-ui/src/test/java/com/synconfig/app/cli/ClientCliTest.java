package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synconfig client ...} against a real server on loopback. */
class ClientCliTest {

    @TempDir
    Path dir;
    FileServer server;
    String port;

    @BeforeEach
    void start() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (IsamFile f = IsamFile.create(data.resolve("cust.ism"),
                new IsamDefinition(16, List.of(KeySpec.parse("1:6"), KeySpec.parse("7:10,dups")), false))) {
            for (String r : List.of("A00001PARIS     ", "A00002LONDON    ", "B00001PARIS     ")) {
                f.insert(r.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        IsamFile.create(data.resolve("secret.ism"), new IsamDefinition(4, List.of(KeySpec.parse("1:4")), true)).close();
        server = new FileServer(new ServerSettings("CliSrv", "127.0.0.1", 0, null, Scl.LEVEL_3, false, "tester",
                LogLevel.BASIC, data, dir.resolve("users")));
        server.start();
        port = Integer.toString(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Cli client(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("client"));
        all.addAll(List.of(args));
        all.addAll(List.of("--host", "127.0.0.1", "--port", port));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void readByKeyAndAll() {
        Cli one = client("read", "cust.ism", "--key", "A00002");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo("A00002LONDON    " + System.lineSeparator());
        Cli all = client("read", "cust.ism");
        assertThat(all.out().lines()).containsExactly("A00001PARIS     ", "A00002LONDON    ", "B00001PARIS     ");
        Cli partial = client("read", "cust.ism", "--key", "B");
        assertThat(partial.out()).startsWith("B00001");
    }

    @Test
    void selectSendsOnlyMatchingRecords() {
        Cli sel = client("select", "cust.ism", "--where", "7:10=PARIS");
        assertThat(sel.exit()).as(sel.err()).isZero();
        assertThat(sel.out().lines()).containsExactly("A00001PARIS     ", "B00001PARIS     ");
        Cli count = client("select", "cust.ism", "--from", "A", "--to", "A", "--count");
        assertThat(count.out().trim()).isEqualTo("2");
        Cli bad = client("select", "cust.ism", "--where", "7:10~PARIS");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("POS:LEN<op>VALUE");
    }

    @Test
    void getfaAndOpenInClear() {
        assertThat(client("getfa", "cust.ism", "SLE").out().trim()).isEqualTo("0");
        Cli open = client("open", "cust.ism");
        assertThat(open.out()).contains("kind: ISAM").contains("record size: 16").contains("encrypted: no")
                .contains("NETCRYPT: 0");
    }

    @Test
    void errorsPrintTheOriginalsTextAndExitNonZero() {
        Cli netcrypt = client("open", "secret.ism");
        assertThat(netcrypt.exit()).isEqualTo(2);
        assertThat(netcrypt.err()).contains("$ERR_NETCRYPT: File requires network encryption");
        Cli encrypt = client("open", "cust.ism", "--encrypt");
        assertThat(encrypt.exit()).isEqualTo(2);
        assertThat(encrypt.err()).contains("$ERR_CLNTERR: Client server error, host:127.0.0.1");
        Cli missing = client("read", "cust.ism", "--key", "ZZZ");
        assertThat(missing.err()).contains("$ERR_RNF: Record not found");
        Cli noPassword = client("read", "cust.ism", "--user", "bob");
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains("--password-env");
    }

    @Test
    void askingForALevelFromAClearServiceFailsWithTheReason() {
        Cli scl = client("read", "cust.ism", "--scl", "3");
        assertThat(scl.exit()).isEqualTo(2);
        assertThat(scl.out()).isEmpty();
        assertThat(scl.err()).contains("$ERR_CLNTERR: Client server error, host:127.0.0.1",
                "security compliance level 3 asked of service CliSrv, which does not encrypt");
    }

    @Test
    void listingCommandsPrintJsonForScripts() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Cli read = client("read", "cust.ism", "--json");
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(mapper.readTree(read.out()).toString())
                .isEqualTo("[\"A00001PARIS     \",\"A00002LONDON    \",\"B00001PARIS     \"]");
        Cli select = client("select", "cust.ism", "--where", "7:10=PARIS", "--json");
        assertThat(mapper.readTree(select.out()).toString()).isEqualTo("[\"A00001PARIS     \",\"B00001PARIS     \"]");
        Cli count = client("select", "cust.ism", "--where", "7:10=PARIS", "--count", "--json");
        assertThat(mapper.readTree(count.out()).get("count").asInt()).isEqualTo(2);
    }
}
