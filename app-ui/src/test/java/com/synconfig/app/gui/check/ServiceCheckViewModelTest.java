package com.synconfig.app.gui.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.servicecheck.CheckItem;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.servicecheck.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCheckViewModelTest {

    private static final CheckItem TLS11 = new CheckItem("Protocols", "TLS 1.1", "refused", "refused", Verdict.HOLDS,
            "SCL 3 accepts only TLS 1.2, TLS 1.3", "BoringSSL client: TLSV1_ALERT_PROTOCOL_VERSION");
    private static final CheckItem CAMELLIA = new CheckItem("Suites not offered", "CAMELLIA256-SHA (TLS 1.2)",
            "refused", "not tried", Verdict.NOT_TESTABLE, "unknown to the engine (BoringSSL)",
            "no client engine here can offer TLS_RSA_WITH_CAMELLIA_256_CBC_SHA over TLSv1.2");
    private static final ServiceCheckReport REPORT = new ServiceCheckReport("SynSrv", "localhost:2330", "BoringSSL",
            List.of(TLS11, CAMELLIA), List.of());

    private final List<String> progressSeen = new ArrayList<>();

    private ServiceCheckViewModel vm(ServiceCheckViewModel.Checker checker) {
        return new ServiceCheckViewModel("SynSrv", checker, Runnable::run, Messages.load());
    }

    @Test
    void showsProgressThenTheRowsAndTheVerdict() throws Exception {
        ServiceCheckViewModel[] holder = new ServiceCheckViewModel[1];
        ServiceCheckViewModel vm = vm((service, progress) -> {
            progress.step(1, 2, "TLS 1.1");
            progressSeen.add(holder[0].progressTextProperty().get() + " @" + holder[0].progressProperty().get());
            progress.step(2, 2, "certificate");
            return REPORT;
        });
        holder[0] = vm;

        vm.started();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Connecting to SynSrv\u2026");
        ServiceCheckReport report = vm.work().call();
        vm.show(report);

        assertThat(progressSeen).containsExactly("Probing 1 of 2: TLS 1.1 @0.5");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo(Verdict.HOLDS);
        assertThat(vm.summaryProperty().get()).isEqualTo("Verdict: holds. Every tested prediction holds: 1 hold,"
                + " 1 not testable here.");
        assertThat(vm.progressTextProperty().get())
                .isEqualTo("Probed localhost:2330; the prediction is for the BoringSSL engine.");
        assertThat(vm.reportText()).contains("CAMELLIA256-SHA (TLS 1.2)", "Verdict: HOLDS.");
    }

    @Test
    void untestableSuitesNotOfferedAreShownOnlyWhenAskedFor() {
        ServiceCheckViewModel vm = vm((service, progress) -> REPORT);
        vm.started();
        vm.show(REPORT);

        assertThat(vm.items()).containsExactly(TLS11, CAMELLIA);
        assertThat(vm.visibleItems()).containsExactly(TLS11);
        vm.showUntestableProperty().set(true);
        assertThat(vm.visibleItems()).containsExactly(TLS11, CAMELLIA);
    }

    @Test
    void theSelectedRowSaysWhyAndWhatWasSeen() {
        ServiceCheckViewModel vm = vm((service, progress) -> REPORT);
        vm.show(REPORT);

        vm.selectedProperty().set(TLS11);

        assertThat(vm.detailsProperty().get()).isEqualTo("Why predicted: SCL 3 accepts only TLS 1.2, TLS 1.3\n"
                + "Seen: BoringSSL client: TLSV1_ALERT_PROTOCOL_VERSION");
    }

    @Test
    void aCheckThatCannotRunSaysWhyAndRunsAgainFromScratch() {
        ServiceCheckViewModel vm = vm((service, progress) -> REPORT);
        vm.show(REPORT);
        vm.started();
        assertThat(vm.items()).isEmpty();
        assertThat(vm.reportText()).isEmpty();

        vm.failed(new IOException("localhost:2330: nothing answers (Connection refused)"));

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.verdictProperty().get()).isNull();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("The check could not run: localhost:2330: nothing answers (Connection refused)");
    }
}
