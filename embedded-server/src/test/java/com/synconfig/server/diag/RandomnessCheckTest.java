package com.synconfig.server.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomnessCheckTest {

    @TempDir
    Path dir;

    private final RandomnessCheck check = new RandomnessCheck(Duration.ofSeconds(60));

    @Test
    void emptyRandomStateFileCannotLoadRandomState() throws Exception {
        Path empty = Files.createFile(dir.resolve("rand.dat"));

        CheckResult r = check.run(empty.toString());

        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.summary()).isEqualTo("Cannot load random state: SYNSSL_RAND names " + empty
                + ", which holds 0 bytes (at least 1024 needed).");
        assertThat(r.fix()).startsWith("Point the environment variable SYNSSL_RAND (on the client or the server,"
                + " wherever the error happened) at a file that can be used to gather random data");
    }

    @Test
    void missingRandomStateFileCannotLoadRandomState() {
        CheckResult r = check.run(dir.resolve("nope").toString());

        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.summary()).startsWith("Cannot load random state: SYNSSL_RAND names ")
                .endsWith("which does not exist.");
    }

    @Test
    void enoughRandomDataAndAStrongSecureRandomPass() throws Exception {
        Path rand = Files.write(dir.resolve("rand.dat"), new byte[4096]);

        assertThat(check.run(rand.toString()).status()).isEqualTo(CheckStatus.PASS);
        CheckResult unset = check.run(null);
        assertThat(unset.status()).isEqualTo(CheckStatus.PASS);
        assertThat(unset.summary()).startsWith("strong SecureRandom (");
    }
}
