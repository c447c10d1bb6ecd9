package com.synconfig.app.gui.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.process.ThisProgram;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerState;
import com.synconfig.server.control.ServiceController;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Server screen's model over the real service controller: real server processes, real status and log files. */
class ServerViewModelTest {

    @TempDir
    Path home;

    private ServiceController controller() {
        HostEnvironment host = new HostEnvironment(Platform.current(),
                Map.of(ServiceController.MANAGER_VARIABLE, "process"));
        ServiceLayouts layouts = new ServiceLayouts(home.resolve("synconfig.ini"), host);
        return ServiceController.forThisMachine(layouts, new ServiceValidator(CertificateCheck.NONE, layouts),
                ThisProgram.command());
    }

    private ServiceConfiguration saved(ServiceDefinition... services) throws Exception {
        ConfigStore store = new ConfigStore(home.resolve("synconfig.ini"));
        return store.save(store.load(), new ServiceConfiguration(List.of(services))).services();
    }

    @Test
    void startRefreshStopFollowTheRealServerProcess() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServiceConfiguration config = saved(ServiceDefinition.named("Clear").toBuilder().port(port).nonSecure(true)
                .defaultUser("app").build());
        AtomicInteger changes = new AtomicInteger();
        ServerViewModel vm = new ServerViewModel(new SimpleObjectProperty<>(config), controller());
        try {
            vm.setOnStatesChanged(changes::incrementAndGet);
            vm.refresh();
            assertThat(vm.stateProperty().get()).isEqualTo(ServerState.STOPPED);
            assertThat(vm.statusTextProperty().get()).isEqualTo("Stopped (background process)");
            int before = changes.get();

            vm.start("Clear");
            vm.refresh();
            assertThat(vm.stateProperty().get()).isEqualTo(ServerState.RUNNING);
            assertThat(vm.statusTextProperty().get()).startsWith("Running on port " + port + " (background process, pid ")
                    .contains("not encrypted");
            assertThat(vm.summaryProperty().get()).isEqualTo("Running Clear :" + port);
            assertThat(changes.get()).isEqualTo(before + 1);
            assertThat(vm.visibleLog()).extracting(l -> l.event().kind()).contains(ServerEvent.Kind.STARTED);
        } finally {
            vm.stop("Clear");
        }
        vm.refresh();
        assertThat(vm.stateProperty().get()).isEqualTo(ServerState.STOPPED);
        assertThat(vm.summaryProperty().get()).isEqualTo("Stopped");
        assertThat(vm.visibleLog()).extracting(l -> l.event().kind()).contains(ServerEvent.Kind.STOPPED);
    }

    @Test
    void theLogShowsTheChosenServiceUpToTheChosenLevel() throws Exception {
        ServiceConfiguration config = saved(ServiceDefinition.named("A"),
                ServiceDefinition.named("B").toBuilder().port(2400).build());
        Files.createDirectories(home.resolve("services/A"));
        Files.createDirectories(home.resolve("services/B"));
        Files.writeString(home.resolve("services/A/rsynd.log"), """
                2026-12-05 10:00:00.000 INFO  CONNECTED 127.0.0.1:5000: connected
                2026-12-05 10:00:00.001 INFO  REQUEST 127.0.0.1:5000: Open[path=f.ism]
                2026-12-05 10:00:00.002 INFO  ERROR 127.0.0.1:5000: $ERR_FNF File not found
                not a line the server writes
                """);
        Files.writeString(home.resolve("services/B/rsynd.log"),
                "2026-12-05 10:00:00.000 INFO  STARTED: service B listening on port 2400\n");
        ServerViewModel vm = new ServerViewModel(new SimpleObjectProperty<>(config), controller());
        vm.refresh();
        assertThat(vm.visibleLog()).hasSize(3);
        assertThat(vm.visibleLog().get(0).event().remote()).isEqualTo("127.0.0.1:5000");
        vm.logLevelProperty().set(LogLevel.ERRORS);
        assertThat(vm.visibleLog()).extracting(l -> l.event().kind())
                .containsExactly(ServerEvent.Kind.CONNECTED, ServerEvent.Kind.ERROR);
        vm.logLevelProperty().set(LogLevel.BASIC);
        assertThat(vm.visibleLog()).extracting(l -> l.event().kind()).containsExactly(ServerEvent.Kind.CONNECTED);
        vm.serviceProperty().set("B");
        assertThat(vm.visibleLog()).singleElement().satisfies(l -> {
            assertThat(l.service()).isEqualTo("B");
            assertThat(l.event().message()).isEqualTo("service B listening on port 2400");
        });
        Files.writeString(home.resolve("services/B/rsynd.log"),
                "2026-12-05 10:00:01.000 INFO  STOPPED: service B stopped\n", java.nio.file.StandardOpenOption.APPEND);
        vm.refresh();
        assertThat(vm.visibleLog()).hasSize(2);
    }
}
