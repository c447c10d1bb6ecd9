package com.synconfig.app.gui.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceEditorViewModelTest {

    private final HostEnvironment host = new HostEnvironment(Platform.UNIX, Map.of());
    private final ServiceValidator validator = new ServiceValidator(CertificateCheck.NONE, host);
    private final ServiceLayouts layouts = new ServiceLayouts(Path.of("/srv/synconfig/synconfig.ini"), host);
    private final ServiceDefinition synSrv = ServiceDefinition.defaults().toBuilder().platform(Platform.UNIX).build();
    private final ServiceDefinition other = ServiceDefinition.named("Clear").toBuilder().port(2400)
            .platform(Platform.UNIX).build();

    private ServiceEditorViewModel modifySynSrv() {
        return ServiceEditorViewModel.modify(synSrv, List.of(synSrv, other), validator, layouts);
    }

    @Test
    void aDefaultServiceHasNoErrorsAndItsPreviewIsTheRsyndLine() {
        ServiceEditorViewModel vm = modifySynSrv();
        assertThat(vm.hasErrors()).isFalse();
        assertThat(vm.previewProperty().get()).isEqualTo("rsynd -p 2330 -scl=3");
        assertThat(vm.result()).isEqualTo(synSrv);
    }

    @Test
    void aPortThatIsNotANumberIsOneErrorOnThePortWithAFix() {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.portTextProperty().set("23x0");
        assertThat(vm.hasErrors()).isTrue();
        assertThat(vm.findingsFor("port")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("'23x0'").contains("not a number");
            assertThat(f.fix()).contains("1024 to 65535");
        });
        assertThatThrownBy(vm::result).isInstanceOf(IllegalStateException.class);
        vm.portTextProperty().set("2331");
        assertThat(vm.hasErrors()).isFalse();
        assertThat(vm.result().port()).isEqualTo(2331);
    }

    @Test
    void aPortThatIsNotANumberHasNoCommandLine() {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.portTextProperty().set("abc");
        assertThat(vm.previewProperty().get()).as("no believable 'rsynd -p 0'").isEmpty();
        vm.portTextProperty().set("");
        assertThat(vm.previewProperty().get()).isEmpty();
        vm.portTextProperty().set("2331");
        assertThat(vm.previewProperty().get()).isEqualTo("rsynd -p 2331 -scl=3");
    }

    @Test
    void connectionLimitsAreEditedAsTextAndJudgedByTheDomain() {
        ServiceEditorViewModel vm = modifySynSrv();
        assertThat(vm.maxConnectionsPerHostProperty().get()).isEqualTo("64");
        vm.maxConnectionsPerHostProperty().set("lots");
        assertThat(vm.findingsFor("maxConnectionsPerHost")).singleElement()
                .extracting(Finding::messageAndFix).asString().contains("'lots' is not a whole number", "e.g. 64");
        assertThat(vm.isChanged()).isTrue();
        vm.maxConnectionsPerHostProperty().set("5000");
        assertThat(vm.findingsFor("maxConnectionsPerHost")).singleElement()
                .extracting(Finding::message).asString().contains("outside 1-1000");
        vm.maxConnectionsPerHostProperty().set("8");
        vm.loginTimeoutProperty().set("15");
        assertThat(vm.hasErrors()).isFalse();
        assertThat(vm.result().limits()).isEqualTo(new ConnectionLimits(1000, 8, 15));
    }

    @Test
    void scl2IsAWarningOnTheSclField() {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.sclProperty().set(Scl.LEVEL_2);
        assertThat(vm.findingsFor("scl")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("TLS 1.1");
        });
        assertThat(vm.hasErrors()).isFalse();
    }

    @Test
    void knowsWhetherAnythingWasEntered() {
        ServiceEditorViewModel vm = modifySynSrv();
        assertThat(vm.isChanged()).isFalse();
        vm.portTextProperty().set("2331");
        assertThat(vm.isChanged()).isTrue();
        vm.portTextProperty().set("2330");
        assertThat(vm.isChanged()).isFalse();
        vm.portTextProperty().set("x");
        assertThat(vm.isChanged()).isTrue();
    }

    @Test
    void portRangeAndPortConflictsComeFromTheValidator() {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.portTextProperty().set("80");
        assertThat(vm.findingsFor("port")).extracting(Finding::severity).containsExactly(Severity.ERROR);
        vm.portTextProperty().set("2400");
        assertThat(vm.findingsFor("port")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Clear"));
        assertThat(vm.hasErrors()).isTrue();
    }

    @Test
    void encryptionWithoutACertificateIsAnErrorUntilOneIsSet(@TempDir Path dir) throws Exception {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.encryptProperty().set(true);
        assertThat(vm.findingsFor("certificateFile")).isNotEmpty();
        assertThat(vm.hasErrors()).isTrue();
        Path pem = Files.writeString(dir.resolve("rsynd.pem"), "placeholder, judged by the certificate check seam");
        vm.certificateFileProperty().set(pem.toString());
        assertThat(vm.findingsFor("certificateFile")).isEmpty();
        vm.sclProperty().set(Scl.LEVEL_2);
        assertThat(vm.previewProperty().get()).isEqualTo("rsynd -p 2330 -encrypt -cert=" + pem + " -scl=2");
        assertThat(vm.result().encrypt()).isTrue();
    }

    @Test
    void thePreviewFollowsTheTargetPlatform() {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.platformProperty().set(Platform.OPENVMS);
        assertThat(vm.previewProperty().get()).startsWith("RSYND /PORT=2330");
        assertThat(vm.result().platform()).isEqualTo(Platform.OPENVMS);
    }

    @Test
    void nonSecureWithEncryptionNeedsADefaultUser(@TempDir Path dir) throws Exception {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.certificateFileProperty().set(Files.writeString(dir.resolve("c.pem"), "x").toString());
        vm.encryptProperty().set(true);
        vm.nonSecureProperty().set(true);
        assertThat(vm.findingsFor("defaultUser")).extracting(Finding::severity).contains(Severity.ERROR);
        vm.defaultUserProperty().set("synuser");
        assertThat(vm.hasErrors()).isFalse();
        assertThat(vm.previewProperty().get()).contains("-n").contains("-u synuser");
    }

    @Test
    void environmentEditsAreValidatedAsTheyAreTyped() {
        ServiceEditorViewModel vm = modifySynSrv();
        vm.addEnvironmentVariable();
        EnvironmentEntry entry = vm.environment().get(0);
        entry.nameProperty().set("1BAD");
        assertThat(vm.findingsFor("environment")).isNotEmpty();
        entry.nameProperty().set("DBLDIR");
        entry.valueProperty().set("/opt/synergy/dbl");
        assertThat(vm.findingsFor("environment")).isEmpty();
        assertThat(vm.result().environment()).containsExactly(Map.entry("DBLDIR", "/opt/synergy/dbl"));
    }

    @Test
    void addingPicksAFreeNameAndPortAndLetsTheNameBeEdited() {
        ServiceEditorViewModel vm = ServiceEditorViewModel.add(List.of(synSrv, other), validator, layouts);
        assertThat(vm.isAdding()).isTrue();
        assertThat(vm.nameProperty().get()).isEqualTo("SynSrv2");
        assertThat(vm.portTextProperty().get()).isEqualTo("2331");
        assertThat(vm.hasErrors()).isFalse();
        vm.nameProperty().set("synsrv");
        assertThat(vm.findingsFor("name")).isNotEmpty();
    }

    @Test
    void sclChoicesNameTheProtocolsAndTheCurrentDefault() {
        assertThat(ServiceEditorViewModel.sclChoiceText(Scl.DEFAULT))
                .isEqualTo("0 (default, currently 3): TLSv1.2, TLSv1.3");
        assertThat(ServiceEditorViewModel.sclChoiceText(Scl.LEVEL_2)).isEqualTo("2: TLSv1.1, TLSv1.2, TLSv1.3");
    }

    @Test
    void theSuggestedCertificateIsTheFileServiceLayoutsSaysTheServiceUses() {
        // DBLDIR from the environment services are started from: the service's own settings do not name the file
        HostEnvironment withDbldir = new HostEnvironment(Platform.UNIX, Map.of(ServiceDefinition.DBLDIR, "/opt/dbl"));
        ServiceLayouts startedWithDbldir = new ServiceLayouts(Path.of("/srv/synconfig/synconfig.ini"), withDbldir);
        ServiceEditorViewModel vm = ServiceEditorViewModel.modify(synSrv, List.of(synSrv), validator,
                startedWithDbldir);
        assertThat(vm.suggestedCertificate()).isEqualTo(startedWithDbldir.certificateFile(vm.result()).orElseThrow())
                .isEqualTo(Path.of("/opt/dbl", ServiceDefinition.DEFAULT_CERTIFICATE));

        vm.environment().add(new EnvironmentEntry(ServiceDefinition.DBLDIR, "/srv/dbl"));
        assertThat(vm.suggestedCertificate()).isEqualTo(startedWithDbldir.certificateFile(vm.result()).orElseThrow());
        vm.certificateFileProperty().set("/etc/synergy/rsynd.pem");
        assertThat(vm.suggestedCertificate()).isEqualTo(startedWithDbldir.certificateFile(vm.result()).orElseThrow());

        ServiceEditorViewModel none = modifySynSrv();
        assertThat(layouts.certificateFile(none.result())).isEmpty();
        assertThat(none.suggestedCertificate())
                .isEqualTo(layouts.serviceDirectory("SynSrv").resolve(ServiceDefinition.DEFAULT_CERTIFICATE));
    }
}
