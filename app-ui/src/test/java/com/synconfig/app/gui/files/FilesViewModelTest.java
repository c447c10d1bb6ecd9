package com.synconfig.app.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.ServerState;
import com.synconfig.server.store.IsamFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesViewModelTest {

    @TempDir
    Path home;

    private FilesViewModel vm(ServiceDefinition... services) {
        return new FilesViewModel(new SimpleObjectProperty<>(new ServiceConfiguration(List.of(services))),
                new ServiceLayouts(home.resolve("synconfig.ini"), new HostEnvironment(Platform.current(), Map.of())),
                name -> ServerState.STOPPED);
    }

    @Test
    void createsAnIsamFileAndListsItWithKeysCountAndFlag() throws Exception {
        FilesViewModel vm = vm(ServiceDefinition.defaults());
        assertThat(vm.root()).isEqualTo(home.resolve("services/SynSrv/data"));
        assertThat(vm.createIsam("orders/cust.ism", "20", List.of("1:6", " 7:10,dups"), true)).isEmpty();
        Files.writeString(vm.root().resolve("notes.txt"), "line\n");
        // while a program has the file open, LMDB's lock file lies beside it: it belongs to the ISAM file
        try (IsamFile open = IsamFile.open(vm.root().resolve("orders/cust.ism"))) {
            assertThat(vm.root().resolve("orders/cust.ism-lock")).exists();
            vm.refresh();
        }
        assertThat(vm.rows()).extracting(FileRow::name).containsExactly("notes.txt", "orders/cust.ism");
        FileRow isam = vm.rows().get(1);
        assertThat(isam.isam()).isTrue();
        assertThat(isam.records()).isZero();
        assertThat(isam.keys()).isEqualTo("1:6; 7:10,dups");
        assertThat(isam.networkEncrypt()).isTrue();
        assertThat(vm.rows().get(0).isam()).isFalse();
    }

    @Test
    void theNetworkEncryptFlagIsWrittenToTheFile() throws Exception {
        FilesViewModel vm = vm(ServiceDefinition.defaults());
        vm.createIsam("cust.ism", "20", List.of("1:6"), false);
        vm.selectedProperty().set(vm.rows().get(0));
        vm.setNetworkEncrypt(true);
        try (IsamFile f = IsamFile.open(vm.root().resolve("cust.ism"))) {
            assertThat(f.networkEncrypt()).isTrue();
        }
        assertThat(vm.selectedProperty().get().networkEncrypt()).isTrue();
        vm.setNetworkEncrypt(false);
        try (IsamFile f = IsamFile.open(vm.root().resolve("cust.ism"))) {
            assertThat(f.networkEncrypt()).isFalse();
        }
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndCreateNothing() throws Exception {
        FilesViewModel vm = vm(ServiceDefinition.defaults().toBuilder().dataRoot(home.resolve("root").toString()).build());
        // the server's own rule for client paths, so the screen cannot put a file where no client may reach
        assertThat(vm.createIsam("../escape.ism", "20", List.of("1:6"), false)).hasValueSatisfying(
                m -> assertThat(m).contains("'..' is not allowed"));
        Files.createDirectories(home.resolve("root"));
        Files.createSymbolicLink(home.resolve("root/elsewhere"), Files.createDirectories(home.resolve("outside")));
        assertThat(vm.createIsam("elsewhere/escape.ism", "20", List.of("1:6"), false)).hasValueSatisfying(
                m -> assertThat(m).contains("leads outside the data root"));
        assertThat(Files.exists(home.resolve("outside/escape.ism"))).isFalse();
        assertThat(vm.createIsam("a.ism", "twenty", List.of("1:6"), false)).hasValueSatisfying(
                m -> assertThat(m).contains("not a number"));
        assertThat(vm.createIsam("a.ism", "20", List.of("1-6"), false)).hasValueSatisfying(
                m -> assertThat(m).contains("POS:LEN"));
        assertThat(Files.exists(home.resolve("escape.ism"))).isFalse();
        assertThat(vm.rows()).isEmpty();
    }
}
