package com.synconfig.app.gui.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.model.service.StartMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Paste rsynd line dialog's state: a live preview of the service the line makes, or of what is wrong. */
class RsyndPasteViewModelTest {

    final ServiceConfiguration services = new ServiceConfiguration(List.of(ServiceDefinition.defaults().toBuilder()
            .platform(Platform.UNIX).startMode(StartMode.MANUAL).env("DBLDIR", "/etc/synergy").build()));
    final ServiceValidator validator = new ServiceValidator(CertificateCheck.NONE,
            new HostEnvironment(Platform.current(), Map.of()));

    private RsyndPasteViewModel paste(String name, String line) {
        RsyndPasteViewModel vm = new RsyndPasteViewModel(services, name, validator, Messages.load());
        vm.lineProperty().set(line);
        return vm;
    }

    @Test
    void aNewServiceIsPreviewedSettingBySetting() {
        RsyndPasteViewModel vm = paste("Backup", "rsynd -p 2331 -n -u guest -l requests");
        assertThat(vm.acceptableProperty().get()).isTrue();
        assertThat(vm.actionProperty().get()).isEqualTo("Create Backup");
        assertThat(vm.previewProperty().get()).isEqualTo(String.join("\n",
                "Creates the service Backup (" + Platform.current().displayName() + ")",
                "Port: 2331",
                "Encryption: off; certificate file: rsynd.pem in DBLDIR",
                "Security compliance level: 0 (default, currently 3): TLSv1.2, TLSv1.3",
                "Security: non-secure (clients run as the default user, guest)",
                "Log level: requests; log file: default log file",
                "As SynConfig writes it: rsynd -p 2331 -n -u guest -l requests"));
        assertThat(vm.result()).isEqualTo(ServiceDefinition.named("Backup").toBuilder()
                .port(2331).nonSecure(true).defaultUser("guest").logLevel(com.synconfig.model.service.LogLevel.REQUESTS)
                .scl(com.synconfig.model.service.Scl.DEFAULT).build());
    }

    @Test
    void updatingSaysWhatIsKept() {
        RsyndPasteViewModel vm = paste("synsrv", "RSYND /PORT=2400 /SCL=3");
        assertThat(vm.actionProperty().get()).isEqualTo("Update SynSrv");
        assertThat(vm.previewProperty().get()).startsWith("Updates the service SynSrv (OpenVMS)\nPort: 2400\n")
                .contains("\nKept: start mode Manual; data root data/ in the service's directory; 1 environment"
                        + " variable(s)\n")
                .endsWith("As SynConfig writes it: RSYND /PORT=2400 /SCL=3");
        ServiceDefinition updated = vm.result();
        assertThat(updated.name()).isEqualTo("SynSrv");
        assertThat(updated.startMode()).isEqualTo(StartMode.MANUAL);
        assertThat(updated.platform()).isEqualTo(Platform.OPENVMS);
        assertThat(vm.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void aBadWordOrARuleBreakDisablesOkAndSaysWhy() {
        RsyndPasteViewModel vm = paste("Backup", "rsynd -p 2331 -cert");
        assertThat(vm.acceptableProperty().get()).isFalse();
        assertThat(vm.previewProperty().get()).isEqualTo("No service while the line has errors: see the findings below.");
        assertThat(vm.findings()).singleElement().satisfies(f -> assertThat(f.messageAndFix())
                .isEqualTo("-cert= at position 15 needs a value. Fix: Write it as -cert=rsynd.pem."));
        vm.lineProperty().set("rsynd -p 2330");
        assertThat(vm.acceptableProperty().get()).as("the validator: SynSrv has 2330").isFalse();
        assertThat(vm.findings()).anySatisfy(f -> assertThat(f.message())
                .isEqualTo("Port 2330 is already used by service 'SynSrv'."));
        vm.platformProperty().set(Platform.OPENVMS);
        assertThat(vm.findings()).anySatisfy(f -> assertThat(f.message())
                .isEqualTo("Unexpected parameter '-p' at position 7."));
    }
}
