package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.DialogService.UnsavedChoice;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;
    Path file;
    ConfigurationDocument document;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel vm;

    @BeforeEach
    void open() {
        file = dir.resolve("synconfig.ini");
        document = new ConfigurationDocument(new ConfigStore(file));
        vm = new MainViewModel(document, dialogs, Messages.load());
        assertThat(vm.open()).isTrue();
    }

    private void editPort(int port) {
        ServiceDefinition synSrv = document.services().find("SynSrv").orElseThrow();
        document.update(document.services().with(synSrv.toBuilder().port(port).build()));
    }

    private int portOnDisk() throws Exception {
        return new ConfigStore(file).load().services().find("SynSrv").orElseThrow().port();
    }

    @Test
    void firstStartWritesTheDefaultsAndNothingIsDirty() throws Exception {
        assertThat(Files.exists(file)).isTrue();
        assertThat(document.isDirty()).isFalse();
        assertThat(vm.canClose()).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsEverything() throws Exception {
        editPort(2440);
        assertThat(document.isDirty()).isTrue();
        dialogs.unsavedChoices.add(UnsavedChoice.CANCEL);
        assertThat(vm.canClose()).isFalse();
        assertThat(dialogs.asked).singleElement().asString().contains(file.toString());
        assertThat(document.isDirty()).isTrue();
        assertThat(portOnDisk()).isEqualTo(2330);
    }

    @Test
    void closingAndChoosingSaveWritesTheFile() throws Exception {
        editPort(2440);
        dialogs.unsavedChoices.add(UnsavedChoice.SAVE);
        assertThat(vm.canClose()).isTrue();
        assertThat(portOnDisk()).isEqualTo(2440);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void closingAndChoosingDiscardLeavesTheFileAlone() throws Exception {
        editPort(2440);
        dialogs.unsavedChoices.add(UnsavedChoice.DISCARD);
        assertThat(vm.canClose()).isTrue();
        assertThat(portOnDisk()).isEqualTo(2330);
    }

    @Test
    void aChangeOnDiskIsReloadedSilentlyWhenNothingIsEdited() throws Exception {
        changeOnDiskTo(2555);
        vm.checkDisk();
        assertThat(dialogs.asked).isEmpty();
        assertThat(document.services().find("SynSrv").orElseThrow().port()).isEqualTo(2555);
        assertThat(vm.statusProperty().get()).contains("changed on disk");
    }

    @Test
    void aChangeOnDiskWithEditsAsksAndKeepingThemRefusesTheSave() throws Exception {
        editPort(2440);
        changeOnDiskTo(2555);
        dialogs.confirmations.add(false);
        vm.checkDisk();
        vm.checkDisk(); // asks once per change, not on every poll
        assertThat(dialogs.asked).hasSize(1);
        assertThat(document.services().find("SynSrv").orElseThrow().port()).isEqualTo(2440);
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("changed by another program");
        assertThat(portOnDisk()).isEqualTo(2555);
    }

    @Test
    void aChangeOnDiskWithEditsReloadsWhenTheUserAgrees() throws Exception {
        editPort(2440);
        changeOnDiskTo(2555);
        dialogs.confirmations.add(true);
        vm.checkDisk();
        assertThat(document.services().find("SynSrv").orElseThrow().port()).isEqualTo(2555);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void exportThenImportIntoAnotherConfigurationBringsTheServicesAcross() throws Exception {
        editPort(2440);
        Path export = dir.resolve("export.ini");
        dialogs.files.add(export);
        vm.exportServices();
        assertThat(Files.readString(export)).contains("2440");

        Path otherFile = dir.resolve("other.ini");
        ConfigurationDocument other = new ConfigurationDocument(new ConfigStore(otherFile));
        MainViewModel otherVm = new MainViewModel(other, dialogs, Messages.load());
        otherVm.open();
        dialogs.files.add(export);
        dialogs.confirmations.add(true); // SynSrv exists there too: replace it
        otherVm.importServices();
        assertThat(other.services().find("SynSrv").orElseThrow().port()).isEqualTo(2440);
        assertThat(other.isDirty()).isTrue();
    }

    @Test
    void aBrokenFileIsReportedNotThrown() throws Exception {
        Files.writeString(file, "[SynSrv]\nport = not-a-port\n");
        ConfigurationDocument broken = new ConfigurationDocument(new ConfigStore(file));
        MainViewModel brokenVm = new MainViewModel(broken, dialogs, Messages.load());
        assertThat(brokenVm.open()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains(file.toString());
    }

    private void changeOnDiskTo(int port) throws Exception {
        ConfigStore other = new ConfigStore(file);
        var snapshot = other.load();
        var synSrv = snapshot.services().find("SynSrv").orElseThrow();
        other.save(snapshot, snapshot.services().with(synSrv.toBuilder().port(port).build()));
    }
}
