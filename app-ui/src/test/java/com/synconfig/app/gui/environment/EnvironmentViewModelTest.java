package com.synconfig.app.gui.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Severity;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentViewModelTest {

    @TempDir
    Path dir;
    final List<String> edited = new ArrayList<>();

    private EnvironmentViewModel vm(Map<String, String> hostVariables, ServiceDefinition... services) {
        HostEnvironment host = new HostEnvironment(Platform.UNIX, hostVariables);
        return new EnvironmentViewModel(new SimpleObjectProperty<>(new ServiceConfiguration(List.of(services))), host,
                new ServiceValidator(CertificateCheck.NONE, host), edited::add);
    }

    private static VariableRow row(EnvironmentViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theServicesOwnDblDirIsCheckedAsADirectoryAndOtherVariablesAreListed() {
        ServiceDefinition s = ServiceDefinition.named("SynSrv").toBuilder().platform(Platform.UNIX)
                .env("DBLDIR", dir.toString()).env("MYVAR", "1").build();
        EnvironmentViewModel vm = vm(Map.of(), s);
        assertThat(row(vm, "DBLDIR")).satisfies(r -> {
            assertThat(r.source()).isEqualTo("service");
            assertThat(r.severity()).isNull();
        });
        assertThat(row(vm, "MYVAR").value()).isEqualTo("1");
        assertThat(vm.rows()).extracting(VariableRow::name).containsExactly("DBLDIR", "SYNSSL_RAND", "MYVAR");
    }

    @Test
    void anInheritedSynsslRandThatCannotBeReadIsAnErrorWithTheFix() throws Exception {
        ServiceDefinition s = ServiceDefinition.named("SynSrv").toBuilder().platform(Platform.UNIX).build();
        EnvironmentViewModel vm = vm(Map.of("SYNSSL_RAND", dir.resolve("missing").toString()), s);
        assertThat(row(vm, "SYNSSL_RAND")).satisfies(r -> {
            assertThat(r.source()).isEqualTo("this machine's environment");
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
            assertThat(r.check()).contains("random state").contains("Fix:");
        });
        Path rand = Files.write(dir.resolve("rand"), new byte[4096]);
        vm = vm(Map.of("SYNSSL_RAND", rand.toString()), s);
        assertThat(row(vm, "SYNSSL_RAND").severity()).isNull();
    }

    @Test
    void encryptionWithTheDefaultCertificateNeedsDblDir() {
        ServiceDefinition s = ServiceDefinition.named("SynSrv").toBuilder().platform(Platform.UNIX).encrypt(true).build();
        assertThat(row(vm(Map.of(), s), "DBLDIR").severity()).isEqualTo(Severity.ERROR);
        ServiceDefinition withCert = s.toBuilder().certificateFile("/etc/rsynd.pem").build();
        assertThat(row(vm(Map.of(), withCert), "DBLDIR").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anotherPlatformsFilesAreNotJudgedHere() {
        ServiceDefinition vms = ServiceDefinition.named("VmsSrv").toBuilder().platform(Platform.OPENVMS)
                .env("DBLDIR", "DKA0:[SYNERGY]").build();
        EnvironmentViewModel vm = vm(Map.of("DBLDIR", dir.toString()), vms);
        assertThat(row(vm, "DBLDIR").check()).contains("Not checked");
    }

    @Test
    void choosingAServiceShowsItsVariablesAndEditOpensIt() {
        ServiceDefinition a = ServiceDefinition.named("A").toBuilder().platform(Platform.UNIX).env("X_A", "1").build();
        ServiceDefinition b = ServiceDefinition.named("B").toBuilder().platform(Platform.UNIX).port(2400)
                .env("X_B", "2").build();
        EnvironmentViewModel vm = vm(Map.of(), a, b);
        assertThat(vm.serviceProperty().get()).isEqualTo("A");
        vm.serviceProperty().set("B");
        assertThat(vm.rows()).extracting(VariableRow::name).contains("X_B").doesNotContain("X_A");
        vm.editSelectedService();
        assertThat(edited).containsExactly("B");
    }
}
