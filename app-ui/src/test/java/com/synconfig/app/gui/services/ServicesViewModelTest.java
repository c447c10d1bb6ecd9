package com.synconfig.app.gui.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ScriptedDialogs;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Path;
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
        public OptionalInt connectedClients(String service) {
            return service.equals("SynSrv") ? OptionalInt.of(2) : OptionalInt.empty();
        }
    };

    @BeforeEach
    void open() throws Exception {
        document = new ConfigurationDocument(new ConfigStore(dir.resolve("synconfig.ini")));
        document.load();
        HostEnvironment host = new HostEnvironment(Platform.current(), Map.of());
        vm = new ServicesViewModel(document, new ServiceValidator(CertificateCheck.NONE, host),
                new ServiceLayouts(document.file(), host), dialogs, Messages.load(), states);
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
    void removeAsksFirst() {
        vm.selectedProperty().set(vm.rows().get(0));
        dialogs.confirmations.add(false);
        vm.removeSelected();
        assertThat(vm.rows()).hasSize(1);
        dialogs.confirmations.add(true);
        vm.removeSelected();
        assertThat(vm.rows()).isEmpty();
        assertThat(dialogs.asked).allSatisfy(q -> assertThat(q).contains("SynSrv"));
    }
}
