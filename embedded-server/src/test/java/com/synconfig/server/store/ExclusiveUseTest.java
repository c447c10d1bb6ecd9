package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One program at a time has an ISAM file open (each keeps its own record locks), while handles in one program share
 * it. The other program here is a real second JVM.
 */
class ExclusiveUseTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProgramIsRefusedWhileOneHasTheFileOpenAndHandlesInOneProgramShareIt() throws Exception {
        Path path = dir.resolve("held.ism");
        try (IsamFile f = IsamFile.create(path, new IsamDefinition(4, List.of(KeySpec.parse("1:4")), false))) {
            f.insert("AAAA".getBytes(StandardCharsets.US_ASCII));
            try (IsamFile same = IsamFile.open(path)) {
                assertThat(same.count()).isEqualTo(1);
                assertThat(same.locks()).as("one set of record locks per file").isSameAs(f.locks());
            }
        }
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldIsamFileMain.class.getName(), path.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("HELD 1");
            assertThatThrownBy(() -> IsamFile.open(path)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FILUSE);
                assertThat(e.info()).isEqualTo("'held.ism': the ISAM file is in use by another program (a running "
                        + "server keeps a file open for a while after its last client); close it there and try again");
            });
            other.getOutputStream().close();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            other.destroyForcibly();
        }
        try (IsamFile f = IsamFile.open(path)) {
            assertThat(f.count()).isEqualTo(1);
        }
    }
}
