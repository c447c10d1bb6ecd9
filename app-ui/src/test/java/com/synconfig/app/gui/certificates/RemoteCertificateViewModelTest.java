package com.synconfig.app.gui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.service.Endpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteCertificateViewModelTest {

    private final List<Endpoint> asked = new ArrayList<>();
    private final RemoteCertificateViewModel vm = new RemoteCertificateViewModel(e -> {
        asked.add(e);
        return new CertificateReport(e.toString(), List.of(
                new ChainLink("CN=Test CA", ChainLink.Origin.INSPECTED, e.toString(), null),
                new ChainLink("CN=localhost", ChainLink.Origin.INSPECTED, e.toString(), null)), List.of(), List.of());
    }, Messages.load(), "localhost:2330");

    @Test
    void inspectsTheEndpointTypedAndShowsTheReport() throws Exception {
        vm.endpointProperty().set("[::1]:2331");

        CertificateReport report = vm.inspection().orElseThrow().call();
        assertThat(vm.busyProperty().get()).isTrue();
        vm.show(report);

        assertThat(asked).containsExactly(new Endpoint("::1", 2331));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.reportProperty().get())
                .startsWith("[::1]:2331: 0 object(s)\nChain:\n  CN=Test CA\n  `- CN=localhost\n");
    }

    @Test
    void aBadEndpointIsRefusedBeforeAnythingConnects() {
        assertThat(vm.endpointProperty().get()).isEqualTo("localhost:2330");
        vm.endpointProperty().set("localhost");

        assertThat(vm.inspection()).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("'localhost' is not HOST:PORT: write e.g."
                + " files.example.com:2330, 10.0.0.5:2330 or [::1]:2330.");
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailureIsShownAsOneLine() {
        vm.inspection();
        vm.failed(new IOException("localhost:2330: cannot connect (Connection refused); check the host and port"));

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Cannot inspect it: localhost:2330: cannot connect"
                + " (Connection refused); check the host and port");
    }
}
