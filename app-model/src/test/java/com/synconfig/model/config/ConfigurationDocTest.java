package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/configuration.md is a real configuration file and reads as the document says. */
class ConfigurationDocTest {

    private static String doc() throws IOException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path doc = d.resolve("docs").resolve("configuration.md");
            if (Files.isRegularFile(doc)) {
                return Files.readString(doc);
            }
        }
        throw new IllegalStateException("docs/configuration.md not found");
    }

    @Test
    void theExampleReadsAsDocumented() throws IOException {
        String doc = doc();
        int start = doc.indexOf("```ini\n") + "```ini\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        ConfigFileFormat.Content content = ConfigFileFormat.read(example, Path.of("example.ini"));
        ServiceDefinition syn = content.services().find("SynSrv").orElseThrow();
        assertThat(syn.port()).isEqualTo(2330);
        assertThat(syn.encrypt()).isTrue();
        assertThat(syn.certificateFile()).isEqualTo("/etc/synergy/rsynd.pem");
        assertThat(syn.scl()).isEqualTo(Scl.LEVEL_3);
        assertThat(syn.platform()).isEqualTo(Platform.UNIX);
        assertThat(syn.environment()).containsEntry("DBLDIR", "/usr/synergy/dbl").hasSize(2);
        ServiceDefinition old = content.services().find("SynSrvOld").orElseThrow();
        assertThat(old.nonSecure()).isTrue();
        assertThat(old.defaultUser()).isEqualTo("guest");
        assertThat(ConfigFileFormat.write(content, content.services())).isEqualTo(example);
    }

    @Test
    void theErrorExampleIsWhatTheProgramSays() throws IOException {
        String doc = doc();
        try {
            ConfigFileFormat.read("[SynSrv]\nport = abc\n", Path.of("x.ini"));
        } catch (ConfigFileException e) {
            assertThat(doc).contains(", line 7: " + e.problem());
            return;
        }
        throw new AssertionError("port = abc was accepted");
    }
}
