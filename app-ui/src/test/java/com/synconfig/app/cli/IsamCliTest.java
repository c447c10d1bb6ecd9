package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.store.IsamFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsamCliTest {

    @TempDir
    Path dir;

    @Test
    void createInfoAndPatchTheNetworkEncryptFlag() throws Exception {
        String file = dir.resolve("cust.ism").toString();
        Cli created = Cli.run("isam", "create", file, "--record-size", "20", "--key", "1:6", "--key", "7:10,dups",
                "--network-encrypt");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("20-byte records").contains("network encrypt");
        try (IsamFile f = IsamFile.open(Path.of(file))) {
            assertThat(f.networkEncrypt()).isTrue();
            assertThat(f.definition().keys()).hasSize(2);
        }
        Cli info = Cli.run("isam", "info", file);
        assertThat(info.out()).contains("recordSize: 20").contains("keys: [1:6, 7:10,dups]").contains("NETCRYPT: 1");

        assertThat(Cli.run("isam", "patch", file, "--no-network-encrypt").exit()).isZero();
        Cli json = Cli.run("isam", "info", file, "--json");
        assertThat(json.out()).contains("\"networkEncrypt\" : false").contains("\"records\" : 0");
        assertThat(Cli.run("isam", "patch", file, "--network-encrypt").exit()).isZero();
        assertThat(Cli.run("isam", "info", file).out()).contains("NETCRYPT: 1");
    }

    @Test
    void badInputIsAClearErrorWithExitTwo() {
        String file = dir.resolve("bad.ism").toString();
        Cli badKey = Cli.run("isam", "create", file, "--record-size", "10", "--key", "8:4");
        assertThat(badKey.exit()).isEqualTo(2);
        assertThat(badKey.err()).contains("key 8:4 reaches byte 11 but records are only 10 bytes long");
        Cli noKey = Cli.run("isam", "create", file, "--record-size", "10");
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err()).contains("--key");
        Cli missing = Cli.run("isam", "info", dir.resolve("missing.ism").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("File not found");
        Cli both = Cli.run("isam", "patch", file, "--network-encrypt", "--no-network-encrypt");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
