package com.synconfig.app.gui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.diag.CheckResult;
import com.synconfig.server.diag.DltestReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsViewModelTest {

    final List<List<ServiceDefinition>> asked = new ArrayList<>();
    final DltestReport report = new DltestReport(List.of(
            CheckResult.pass("Native OpenSSL", "libssl.so.3 loads", List.of("libssl.so.3: loaded")),
            CheckResult.warn("Randomness", "slow", List.of("took 9 s"), "Set SYNSSL_RAND to a file of random data.")));
    final DiagnosticsViewModel vm = new DiagnosticsViewModel(services -> {
        asked.add(services);
        return report;
    }, () -> ServiceConfiguration.defaults());

    @Test
    void checkRunsDltestOverTheServicesAsEdited() {
        assertThat(vm.check()).isSameAs(report);
        assertThat(asked).singleElement().asList().extracting(s -> ((ServiceDefinition) s).name())
                .containsExactly("SynSrv");
    }

    @Test
    void showingAReportSelectsTheFirstProblemWithItsFix() {
        assertThat(vm.reportText()).isEmpty();
        vm.show(report);
        assertThat(vm.results()).hasSize(2);
        assertThat(vm.summaryProperty().get()).isEqualTo(report.summary());
        assertThat(vm.selectedProperty().get().check()).isEqualTo("Randomness");
        assertThat(vm.detailsProperty().get()).contains("took 9 s").contains("Fix: Set SYNSSL_RAND");
        assertThat(vm.reportText()).isEqualTo(report.render(true));
    }
}
