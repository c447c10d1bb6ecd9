package com.synconfig.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust on first use remembers one pin per host and port, beside the configuration file. */
class KnownServersTest {

    @TempDir
    Path dir;

    @Test
    void aRememberedPinIsFoundAgainAndReplacedNotDuplicated() throws Exception {
        KnownServers known = KnownServers.beside(dir.resolve("synconfig.ini"));
        assertThat(known.file()).isEqualTo(dir.resolve("known-servers"));
        assertThat(known.pinFor("srv", 2330)).isEmpty();
        known.remember("SRV", 2330, "sha256:AA");
        known.remember("srv", 2331, "sha256:BB");
        known.remember("srv", 2330, "sha256:CC");
        assertThat(known.pinFor("srv", 2330)).contains("sha256:CC");
        assertThat(known.pinFor("Srv", 2331)).contains("sha256:BB");
        assertThat(Files.readAllLines(known.file())).containsExactly("srv:2331 sha256:BB", "srv:2330 sha256:CC");
        known.remember("srv", 2332, "sha256:" + "AB".repeat(32));
        assertThat(known.trustFor("srv", 2332).source()).isEqualTo(ServerTrust.pinned("sha256:" + "AB".repeat(32))
                .source());
        assertThat(known.trustFor("other", 2332).source()).isEqualTo(ServerTrust.nothingKnown().source());
    }
}
