package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTransferTest {

    private static final ServiceDefinition SYN = ServiceDefinition.defaults().toBuilder().encrypt(true)
            .certificateFile("/etc/synergy/rsynd.pem").env("DBLDIR", "/usr/dbl").platform(Platform.UNIX).build();
    private static final ServiceDefinition PLAIN = ServiceDefinition.named("Plain").toBuilder().port(2331)
            .platform(Platform.WINDOWS).build();
    private static final ServiceConfiguration BOTH = new ServiceConfiguration(List.of(SYN, PLAIN));

    @TempDir
    Path dir;

    @Test
    void exportAllThenReadBackGivesTheSameServices() throws IOException {
        Path file = dir.resolve("all.ini");
        Files.writeString(file, ServiceTransfer.export(BOTH, List.of()));
        assertThat(ServiceTransfer.read(file)).isEqualTo(BOTH);
    }

    @Test
    void exportOneHoldsOnlyThatService() throws IOException {
        Path file = dir.resolve("one.ini");
        Files.writeString(file, ServiceTransfer.export(BOTH, List.of("plain")));
        assertThat(ServiceTransfer.read(file).services()).containsExactly(PLAIN);
    }

    @Test
    void exportOfAnUnknownServiceNamesTheServicesThereAre() {
        assertThatThrownBy(() -> ServiceTransfer.export(BOTH, List.of("Nope")))
                .hasMessage("There is no service named Nope. Services: SynSrv, Plain.");
    }

    @Test
    void importRefusesDuplicatesUnlessReplacing() {
        ServiceConfiguration current = ServiceConfiguration.defaults();
        ServiceTransfer.ImportResult refused = ServiceTransfer.merge(current, BOTH, false);
        assertThat(refused.merged()).isEqualTo(current);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.findings()).containsOnlyKeys("SynSrv");
        assertThat(refused.findings().get("SynSrv")).singleElement().satisfies(f -> {
            assertThat(f.severity().isError()).isTrue();
            assertThat(f.message()).contains("SynSrv already exists");
            assertThat(f.fix()).contains("--replace");
        });

        ServiceTransfer.ImportResult replaced = ServiceTransfer.merge(current, BOTH, true);
        assertThat(replaced.refused()).isFalse();
        assertThat(replaced.findings()).isEmpty();
        assertThat(replaced.merged()).isEqualTo(BOTH);
        assertThat(replaced.replaced()).containsExactly("SynSrv");
        assertThat(replaced.added()).containsExactly("Plain");
    }

    @Test
    void importingIntoTheStoreKeepsTheTargetFilesComments() throws IOException {
        Path target = dir.resolve("synconfig.ini");
        Files.writeString(target, "# mine\n[SynSrv]\nport = 2330 ; keep\n");
        ConfigStore store = new ConfigStore(target);
        ConfigSnapshot snap = store.load();
        Path export = dir.resolve("export.ini");
        Files.writeString(export, ServiceTransfer.export(BOTH, List.of("Plain")));

        ServiceTransfer.ImportResult result = ServiceTransfer.merge(snap.services(), ServiceTransfer.read(export), false);
        store.save(snap, result.merged());
        assertThat(Files.readString(target)).startsWith("# mine\n[SynSrv]\nport = 2330 ; keep\n\n[Plain]\nport = 2331\n");
        assertThat(store.load().services().names()).containsExactly("SynSrv", "Plain");
    }
}
