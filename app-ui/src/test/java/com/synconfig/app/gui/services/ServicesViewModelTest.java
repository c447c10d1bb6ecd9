package com.synconfig.app.gui.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ServiceControl;
import com.synconfig.app.gui.ScriptedDialogs;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.ServerState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesViewModelTest {

    @TempDir
    Path dir;
    ConfigurationDocument document;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    ServicesViewModel vm;
    /** SynSrv runs with two clients; every other service is stopped. */
    final ServiceStates states = new ServiceStates() {
        @Override
        public String stateText(String service) {
            return service.equals("SynSrv") ? "Running" : "Stopped";
        }

        @Override
        public ServerState state(String service) {
            return service.equals("SynSrv") ? ServerState.RUNNING : ServerState.STOPPED;
        }

        @Override
        public OptionalInt connectedClients(String service) {
            return service.equals("SynSrv") ? OptionalInt.of(2) : OptionalInt.empty();
        }

        @Override
        public List<String> clientAddresses(String service) {
            return service.equals("SynSrv") ? List.of("10.0.0.5:4100", "10.0.0.6:4200") : List.of();
        }
    };
    /** Which services were stopped and forgotten before removal; the work is done at once. */
    final List<String> retired = new ArrayList<>();
    final ServiceControl control = new ServiceControl() {
        @Override public void start(String service) { }
        @Override public void stop(String service) { }
        @Override public void restart(String service) { }

        @Override
        public void retire(String service, Runnable then) {
            retired.add(service);
            then.run();
        }
    };

    @BeforeEach
    void open() throws Exception {
        document = new ConfigurationDocument(new ConfigStore(dir.resolve("synconfig.ini")));
        document.load();
        HostEnvironment host = new HostEnvironment(Platform.current(), Map.of());
        vm = new ServicesViewModel(document, new ServiceValidator(CertificateCheck.NONE, host),
                new ServiceLayouts(document.file(), host), dialogs, Messages.load(), states, control);
    }

    @Test
    void rowsShowEachServiceWithItsSettings() {
        assertThat(vm.rows()).containsExactly(new ServiceRow("SynSrv", 2330, false, "3", "Running"));
    }

    @Test
    void addPutsTheDialogsResultIntoTheDocument() {
        dialogs.editors.add(editor -> {
            editor.nameProperty().set("Clear");
            editor.portTextProperty().set("2400");
            return Optional.of(editor.result());
        });
        vm.add();
        assertThat(vm.rows()).extracting(ServiceRow::name).containsExactly("SynSrv", "Clear");
        assertThat(vm.rows().get(1).state()).isEqualTo("Stopped");
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void aNewServiceIsSelectedAfterAdd() {
        vm.selectedProperty().set(vm.rows().get(0));
        dialogs.editors.add(editor -> {
            editor.portTextProperty().set("2400");
            return Optional.of(editor.result());
        });
        vm.add();
        assertThat(vm.selectedProperty().get()).isNotNull().extracting(ServiceRow::port).isEqualTo(2400);
    }

    @Test
    void startStopAndRestartFollowTheSelectedServicesState() {
        document.update(document.services().with(ServiceDefinition.named("Clear").toBuilder().port(2400).build()));
        assertThat(vm.canStartProperty().get()).as("nothing selected").isFalse();
        assertThat(vm.canStopProperty().get()).isFalse();
        vm.selectedProperty().set(vm.rows().get(0)); // SynSrv runs
        assertThat(vm.canStartProperty().get()).isFalse();
        assertThat(vm.canStopProperty().get()).isTrue();
        vm.selectedProperty().set(vm.rows().get(1)); // Clear is stopped
        assertThat(vm.canStartProperty().get()).isTrue();
        assertThat(vm.canStopProperty().get()).isFalse();
    }

    @Test
    void modifyOpensTheSelectedServiceWithItsNameFixed() {
        vm.selectedProperty().set(vm.rows().get(0));
        dialogs.editors.add(editor -> {
            assertThat(editor.isAdding()).isFalse();
            assertThat(editor.restartWarningProperty().get()).contains("SynSrv is running").contains("2 client(s)");
            editor.portTextProperty().set("2444");
            return Optional.of(editor.result());
        });
        vm.modifySelected();
        assertThat(vm.rows()).singleElement().extracting(ServiceRow::port).isEqualTo(2444);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("SynSrv");
    }

    @Test
    void cancellingTheDialogChangesNothing() {
        vm.selectedProperty().set(vm.rows().get(0));
        dialogs.editors.add(editor -> {
            editor.portTextProperty().set("2444");
            return Optional.empty();
        });
        vm.modifySelected();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void removingARunningServiceNamesItsClientsAndStopsItFirst() {
        vm.selectedProperty().set(vm.rows().get(0));
        dialogs.confirmations.add(false);
        vm.removeSelected();
        assertThat(vm.rows()).hasSize(1);
        assertThat(retired).isEmpty();
        dialogs.confirmations.add(true);
        vm.removeSelected();
        assertThat(retired).containsExactly("SynSrv");
        assertThat(vm.rows()).isEmpty();
        assertThat(dialogs.asked).allSatisfy(q -> assertThat(q).contains("SynSrv is running with 2 connected client(s)")
                .contains("10.0.0.5:4100, 10.0.0.6:4200"));
    }

    @Test
    void removingAStoppedServiceStopsNothing() {
        document.update(document.services().with(ServiceDefinition.named("Clear").toBuilder().port(2400).build()));
        vm.selectedProperty().set(vm.rows().get(1));
        dialogs.confirmations.add(true);
        vm.removeSelected();
        assertThat(retired).isEmpty();
        assertThat(vm.rows()).extracting(ServiceRow::name).containsExactly("SynSrv");
    }
}
