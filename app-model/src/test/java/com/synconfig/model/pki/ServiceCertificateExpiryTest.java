package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Certificates screen's banner: the configured services' certificates that expire, with file and services. */
class ServiceCertificateExpiryTest {

    @TempDir
    static Path dir;
    static ServiceLayouts layouts;

    @BeforeAll
    static void certificates() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        for (String[] made : List.of(new String[] {"soon", "10"}, new String[] {"later", "100"})) {
            o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout",
                    made[0] + "-key.pem", "-out", made[0] + "-cert.pem", "-subj", "/CN=" + made[0] + ".example.test",
                    "-days", made[1], "-addext", "subjectAltName=DNS:" + made[0] + ".example.test");
            o.concat(made[0] + ".pem", made[0] + "-cert.pem", made[0] + "-key.pem");
        }
        layouts = new ServiceLayouts(dir.resolve("synconfig.ini"), new HostEnvironment(Platform.current(), Map.of()));
    }

    private static ServiceDefinition service(String name, String file, boolean encrypt) {
        return ServiceDefinition.named(name).toBuilder().encrypt(encrypt)
                .certificateFile(dir.resolve(file).toString()).build();
    }

    private static List<CertificateExpiryWarning> at(Instant now, ServiceDefinition... services) {
        return ServiceCertificateExpiry.check(List.of(services), layouts,
                new CertificateRules.Options(null, CertificateRules.DEFAULT_WARN_DAYS, now, null));
    }

    @Test
    void aCertificateExpiringWithin30DaysIsNamedWithItsFileAndEveryServiceUsingIt() {
        List<CertificateExpiryWarning> warnings = at(Instant.now(), service("SynSrv", "soon.pem", true),
                service("Backup", "soon.pem", true), service("Other", "later.pem", true));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo(dir.resolve("soon.pem"));
            assertThat(w.services()).containsExactly("SynSrv", "Backup");
            assertThat(w.expiry()).isEqualTo(Expiry.EXPIRES_SOON);
            assertThat(w.message()).startsWith("Certificate 'CN=soon.example.test' in " + dir.resolve("soon.pem")
                    + ", used by services SynSrv, Backup, expires on ").containsPattern(", in (9|10) days\\.");
        });
    }

    @Test
    void anExpiredCertificateIsAnErrorWithItsFix() {
        List<CertificateExpiryWarning> warnings = at(Instant.now().plus(Duration.ofDays(80)),
                service("SynSrv", "soon.pem", true), service("Other", "later.pem", true));
        assertThat(warnings).extracting(CertificateExpiryWarning::expiry)
                .containsExactly(Expiry.EXPIRED, Expiry.EXPIRES_SOON);
        assertThat(warnings.get(0).message()).contains("used by service SynSrv, expired on ", " days ago)",
                "Renew it and replace the file");
        assertThat(warnings.get(1).services()).containsExactly("Other");
    }

    @Test
    void servicesThatDoNotEncryptAndFilesThatCannotBeReadAreLeftToValidation() {
        assertThat(at(Instant.now(), service("Clear", "soon.pem", false), service("Gone", "missing.pem", true),
                service("Fine", "later.pem", true))).isEmpty();
    }
}
