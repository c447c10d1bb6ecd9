package com.synconfig.app.gui.ciphers;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.Scl;
import com.synconfig.model.pki.ServiceKeyType;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.ClientProfiles;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.TlsEngine;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CiphersViewModelTest {

    /** Services whose certificate cannot be read: the preview assumes RSA, as {@code synconfig preview} does. */
    static final Function<ServiceDefinition, ServiceKeyType> NO_CERTIFICATE =
            s -> new ServiceKeyType(Optional.empty(), "no certificate");
    static EngineFacts jdk;
    final ServiceDefinition scl2 = ServiceDefinition.named("Old").toBuilder().scl(Scl.LEVEL_2).build();
    final ServiceDefinition scl3 = ServiceDefinition.named("New").toBuilder().port(2400).build();
    final SimpleObjectProperty<ServiceConfiguration> services =
            new SimpleObjectProperty<>(new ServiceConfiguration(List.of(scl2, scl3)));

    @BeforeAll
    static void probe() {
        jdk = EngineProbe.facts(TlsEngine.JDK);
    }

    @Test
    void nothingIsShownUntilTheEngineHasAnswered() {
        CiphersViewModel vm = new CiphersViewModel(services, CipherCatalog.standard(), NO_CERTIFICATE);
        assertThat(vm.offered()).isEmpty();
        vm.setFacts(jdk);
        assertThat(vm.offered()).isNotEmpty();
    }

    @Test
    void theSelectedServiceDecidesTheSclAndTheTableIsItsOffer() {
        CiphersViewModel vm = new CiphersViewModel(services, CipherCatalog.standard(), NO_CERTIFICATE);
        vm.setFacts(jdk);
        assertThat(vm.sclProperty().get()).isEqualTo(Scl.LEVEL_2);
        ServerOffer offer = ServerOffer.compute(Scl.LEVEL_2, KeyType.RSA, jdk, CipherCatalog.standard());
        assertThat(vm.offered()).extracting(CipherRow::ianaName).containsExactlyElementsOf(offer.suiteNames());
        assertThat(vm.opensslTextProperty().get().lines()).hasSize(offer.offered().size());
        assertThat(vm.excluded()).hasSize(offer.excluded().size());
        assertThat(vm.protocolsProperty().get()).isEqualTo("JDK: " + String.join(", ", offer.protocolNames()));

        vm.serviceProperty().set("New");
        assertThat(vm.sclProperty().get()).isEqualTo(Scl.LEVEL_3);
        assertThat(vm.offered()).allSatisfy(r -> assertThat(r.usableOver()).doesNotContain("TLSv1.1"));
    }

    @Test
    void anEcCertificateOffersEcdsaSuites() {
        CiphersViewModel vm = new CiphersViewModel(services, CipherCatalog.standard(), NO_CERTIFICATE);
        vm.setFacts(jdk);
        vm.keyTypeProperty().set(KeyType.EC);
        assertThat(vm.offered()).filteredOn(r -> !r.protocol().equals("TLS 1.3"))
                .allSatisfy(r -> assertThat(r.au()).isEqualTo("ECDSA"));
    }

    @Test
    void theClientPreviewAndTheMatrixCoverEveryLevelAndClient() {
        CiphersViewModel vm = new CiphersViewModel(services, CipherCatalog.standard(), NO_CERTIFICATE);
        vm.setFacts(jdk);
        vm.sclProperty().set(Scl.LEVEL_3);
        vm.clientProperty().set(ClientProfiles.byId(ClientProfiles.OPENSSL_3_0));
        assertThat(vm.negotiatedProperty().get()).startsWith("TLSv1.3");
        assertThat(vm.matrix()).extracting(MatrixRow::scl).containsExactly("0 (default, currently 3)", "2", "3");
        assertThat(vm.matrix()).allSatisfy(r -> assertThat(r.cells()).hasSize(vm.clients().size()));
    }
}
