package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 10: the configuration parser read any size (100 MB: 2.2 GB of memory) and cost time quadratic in the
 * number of sections (60,000: 93 s). Sections are now read one by one; a file over 16 MiB is refused.
 */
class ConfigFileLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAllAndLeftAlone() throws IOException {
        Path file = dir.resolve("synconfig.ini");
        byte[] line = "# a comment line, many times over\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written <= ConfigFileFormat.MAX_FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        long size = Files.size(file);
        assertThatThrownBy(() -> new ConfigStore(file).load())
                .isInstanceOf(ConfigFileException.class)
                .hasMessage(file.toAbsolutePath() + ": is larger than 16 MiB, far more than any configuration needs."
                        + " Fix: check that this is the right file (or restore the backup synconfig.ini.bak).");
        assertThatThrownBy(() -> ConfigFileFormat.read(file)).hasMessageContaining("is larger than 16 MiB");
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void manySectionsReadEachWithItsOwnValues() throws IOException {
        StringBuilder text = new StringBuilder("# many services\n");
        int sections = 3_000;
        for (int i = 0; i < sections; i++) {
            text.append("[S").append(i).append("]\nport = ").append(1024 + i).append(" ; comment ").append(i)
                    .append("\nenv.NOTE = \"service ; ").append(i).append("\"\n\n");
        }
        ServiceConfiguration read = ConfigFileFormat.read(text.toString(), dir.resolve("x.ini")).services();
        assertThat(read.services()).hasSize(sections);
        for (int i = 0; i < sections; i += 997) {
            assertThat(read.services().get(i).name()).isEqualTo("S" + i);
            assertThat(read.services().get(i).port()).isEqualTo(1024 + i);
            assertThat(read.services().get(i).environment()).containsEntry("NOTE", "service ; " + i);
        }
    }
}
