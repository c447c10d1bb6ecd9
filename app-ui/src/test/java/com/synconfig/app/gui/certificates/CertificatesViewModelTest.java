package com.synconfig.app.gui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.ScriptedDialogs;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.Expiry;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatesViewModelTest {

    @TempDir
    Path dir;
    Path service;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void makeFiles() throws Exception {
        CertificateToolkit toolkit = new CertificateToolkit(m -> { });
        service = dir.resolve("rsynd.pem");
        toolkit.selfSigned(DistinguishedName.ofCommonName("srv.example.com"),
                SubjectAltNames.parse(List.of("DNS:srv.example.com")), KeySpec.EC_P256, 100, service, null);
        toolkit.request(DistinguishedName.ofCommonName("pub.example.com"), SubjectAltNames.parse(List.of()),
                KeySpec.EC_P256, dir.resolve("pub.csr"), dir.resolve("pub-key.pem"), null);
        Files.writeString(dir.resolve("readme.txt"), "not listed");
    }

    private CertificatesViewModel at(Instant now) {
        return new CertificatesViewModel(dir, Clock.fixed(now, ZoneOffset.UTC), dialogs, options -> List.of());
    }

    private static CertificateRow row(CertificatesViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsCertificateFilesWithExpiryAndDaysLeft() {
        CertificatesViewModel vm = at(Instant.now());
        assertThat(vm.rows()).extracting(r -> r.file().getFileName().toString())
                .containsExactly("pub-key.pem", "pub.csr", "rsynd.pem");
        CertificateRow cert = row(vm, "rsynd.pem");
        assertThat(cert.subject()).isEqualTo("CN=srv.example.com");
        assertThat(Long.parseLong(cert.daysLeft())).isBetween(98L, 100L);
        assertThat(cert.expiry()).isEqualTo(Expiry.VALID);
        assertThat(cert.key()).isEqualTo("yes");
        assertThat(row(vm, "pub.csr").subject()).isEqualTo("(certificate request)");
        assertThat(row(vm, "pub-key.pem").expiry()).isNull();
        assertThat(row(vm, "pub-key.pem").daysLeft()).isEmpty();
    }

    @Test
    void expiryColouringFollowsTheClock() {
        assertThat(row(at(Instant.now().plus(Duration.ofDays(80))), "rsynd.pem").expiry())
                .isEqualTo(Expiry.EXPIRES_SOON);
        CertificateRow expired = row(at(Instant.now().plus(Duration.ofDays(120))), "rsynd.pem");
        assertThat(expired.expiry()).isEqualTo(Expiry.EXPIRED);
        assertThat(Long.parseLong(expired.daysLeft())).isNegative();
    }

    @Test
    void theInspectorShowsEveryFieldAndTheFindingsOfTheSharedCertificateRules() {
        CertificatesViewModel vm = at(Instant.now().plus(Duration.ofDays(120)));
        vm.selectedProperty().set(row(vm, "rsynd.pem"));
        String text = vm.inspectionProperty().get();
        assertThat(text).contains("Subject:   CN=srv.example.com", "Issuer:    CN=srv.example.com", "Serial:",
                "Valid:", "Expiry:    expired ", "Key:       EC P-256", "Signature:", "SANs:      DNS:srv.example.com",
                "EKU:       TLS Web Server Authentication", "CA:        no", "SHA-256:",
                "#2 private key (PRIVATE KEY)", "Form:      PKCS#8\n");
        assertThat(text).containsPattern("ERROR: Certificate .*srv.example.com.* expired on");
    }

    @Test
    void aKeyThatBelongsToAnotherCertificateIsAFinding() throws Exception {
        Path mixed = dir.resolve("mixed.pem");
        Files.writeString(mixed, Files.readString(service).replaceAll("(?s)-----BEGIN PRIVATE KEY-----.*", "")
                + Files.readString(dir.resolve("pub-key.pem")));
        CertificatesViewModel vm = at(Instant.now());
        vm.selectedProperty().set(row(vm, "mixed.pem"));
        assertThat(vm.inspectionProperty().get()).contains("ERROR: The private key does not match the certificate");
    }

    @Test
    void aWizardsNewFileIsListedAndSelected() throws Exception {
        CertificatesViewModel vm = at(Instant.now());
        Path made = dir.resolve("made.pem");
        Files.copy(service, made);
        dialogs.files.add(made);
        vm.runWizard(CertificateWizardKind.SELF_SIGNED);
        assertThat(dialogs.asked).containsExactly("wizard SELF_SIGNED");
        assertThat(vm.selectedProperty().get().file()).isEqualTo(made);
    }
}
