package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which services use a file, a free default name, the question before replacing and the backup. */
class CertificateFileGuardTest {

    @TempDir
    Path dir;
    Path live;
    CertificateFileGuard guard;

    @BeforeEach
    void services() {
        live = dir.resolve("rsynd.pem");
        ServiceDefinition explicit = ServiceDefinition.named("SynSrv").toBuilder().encrypt(true)
                .certificateFile(live.toString()).build();
        ServiceDefinition serviceDblDir = ServiceDefinition.named("Second").toBuilder().encrypt(true)
                .env(ServiceDefinition.DBLDIR, dir.toString()).build();
        ServiceDefinition processDblDir = ServiceDefinition.named("Third").toBuilder().encrypt(true).build();
        ServiceDefinition elsewhere = ServiceDefinition.named("Fourth").toBuilder().encrypt(true)
                .certificateFile(dir.resolve("other.pem").toString()).build();
        guard = new CertificateFileGuard(List.of(explicit, serviceDblDir, processDblDir, elsewhere),
                new ServiceLayouts(dir.resolve("synconfig.ini"),
                        new HostEnvironment(Platform.current(), Map.of(ServiceDefinition.DBLDIR, dir.toString()))),
                Clock.fixed(Instant.parse("2026-12-05T09:30:00Z"), ZoneOffset.UTC));
    }

    @Test
    void everyServiceWhoseCertificateResolvesToTheFileUsesIt() {
        assertThat(guard.servicesUsing(live)).containsExactly("SynSrv", "Second", "Third");
        assertThat(guard.servicesUsing(dir.resolve("sub/../rsynd.pem"))).hasSize(3);
        assertThat(guard.servicesUsing(dir.resolve("new.pem"))).isEmpty();
    }

    @Test
    void theDefaultIsNeverAFileAServiceUsesOrAnExistingFile() throws Exception {
        assertThat(guard.freeFile(live)).isEqualTo(dir.resolve("rsynd-2.pem"));
        Files.writeString(dir.resolve("rsynd-2.pem"), "x");
        assertThat(guard.freeFile(live)).isEqualTo(dir.resolve("rsynd-3.pem"));
        Files.writeString(dir.resolve("ca-key.pem"), "x");
        assertThat(guard.freeFile(dir.resolve("ca-key.pem"))).isEqualTo(dir.resolve("ca-key-2.pem"));
        assertThat(guard.freeFile(dir.resolve("fresh.pem"))).isEqualTo(dir.resolve("fresh.pem"));
    }

    @Test
    void replacingAnExistingFileNamesItsServicesAndKeepsAnOwnerOnlyBackup() throws Exception {
        assertThat(guard.replacing(live)).isEmpty();
        Files.writeString(live, "old key");
        Files.setPosixFilePermissions(live, PosixFilePermissions.fromString("rw-------"));

        CertificateFileGuard.Replacement first = guard.replacing(live).orElseThrow();
        assertThat(first.question()).isEqualTo(live + " exists. It is the certificate file of services SynSrv, Second,"
                + " Third, which will use the new one when they restart.\nReplace it? The current file is kept as"
                + " rsynd.pem.bak.");
        first.keepBackup();
        assertThat(dir.resolve("rsynd.pem.bak")).hasContent("old key");
        assertThat(Files.getPosixFilePermissions(dir.resolve("rsynd.pem.bak")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        CertificateFileGuard.Replacement second = guard.replacing(live).orElseThrow();
        assertThat(second.backup()).isEqualTo(dir.resolve("rsynd.pem.20261205-093000.bak"));
        Files.writeString(dir.resolve("ca-key.pem"), "ca");
        assertThat(guard.replacing(dir.resolve("ca-key.pem")).orElseThrow().question()).contains("No service uses it.");
    }
}
