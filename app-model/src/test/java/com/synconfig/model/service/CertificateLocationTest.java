package com.synconfig.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.CertificateLocation.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateLocationTest {

    private static ServiceDefinition.Builder on(Platform p) {
        return ServiceDefinition.defaults().toBuilder().platform(p);
    }

    @Test
    void explicitFileWins() {
        ServiceDefinition s = on(Platform.UNIX).certificateFile("/etc/synergy/rsynd.pem").env("DBLDIR", "/opt/dbl").build();
        assertThat(CertificateLocation.resolve(s, Map.of("DBLDIR", "/usr/dbl")))
                .contains(new CertificateLocation("/etc/synergy/rsynd.pem", Source.EXPLICIT));
    }

    @Test
    void servicesDblDirBeforeTheProcesses() {
        ServiceDefinition s = on(Platform.UNIX).env("DBLDIR", "/opt/dbl").build();
        assertThat(CertificateLocation.resolve(s, Map.of("DBLDIR", "/usr/dbl")))
                .contains(new CertificateLocation("/opt/dbl/rsynd.pem", Source.SERVICE_DBLDIR));
        assertThat(CertificateLocation.resolve(on(Platform.UNIX).build(), Map.of("DBLDIR", "/usr/dbl/")))
                .contains(new CertificateLocation("/usr/dbl/rsynd.pem", Source.PROCESS_DBLDIR));
    }

    @Test
    void blankOrMissingDblDirResolvesToNothing() {
        assertThat(CertificateLocation.resolve(on(Platform.UNIX).env("DBLDIR", " ").build(), Map.of("DBLDIR", ""))).isEmpty();
        assertThat(CertificateLocation.resolve(on(Platform.UNIX).build(), Map.of())).isEmpty();
    }

    @Test
    void joinsTheFileAsEachPlatformWritesPaths() {
        assertThat(CertificateLocation.inDirectory("C:\\Synergex\\dbl", Platform.WINDOWS)).isEqualTo("C:\\Synergex\\dbl\\rsynd.pem");
        assertThat(CertificateLocation.inDirectory("C:\\Synergex\\dbl\\", Platform.WINDOWS)).isEqualTo("C:\\Synergex\\dbl\\rsynd.pem");
        assertThat(CertificateLocation.inDirectory("/usr/synergyde/dbl", Platform.UNIX)).isEqualTo("/usr/synergyde/dbl/rsynd.pem");
        assertThat(CertificateLocation.inDirectory("DKA0:[SYNERGYDE.DBL]", Platform.OPENVMS)).isEqualTo("DKA0:[SYNERGYDE.DBL]rsynd.pem");
        assertThat(CertificateLocation.inDirectory("SYNERGY_DBL", Platform.OPENVMS)).isEqualTo("SYNERGY_DBL:rsynd.pem");
    }
}
