package com.synconfig.app.gui.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerState;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerViewModelTest {

    @TempDir
    Path home;

    @Test
    void startRefreshStopFollowTheRealServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServiceDefinition clear = ServiceDefinition.named("Clear").toBuilder().port(port).nonSecure(true).build();
        AtomicInteger changes = new AtomicInteger();
        try (EmbeddedServers servers = new EmbeddedServers(home::resolve)) {
            ServerViewModel vm = new ServerViewModel(
                    new SimpleObjectProperty<>(new ServiceConfiguration(List.of(clear))), servers);
            vm.setOnStatesChanged(changes::incrementAndGet);
            vm.refresh();
            assertThat(vm.stateProperty().get()).isEqualTo(ServerState.STOPPED);
            int before = changes.get();

            vm.start();
            vm.refresh();
            assertThat(vm.stateProperty().get()).isEqualTo(ServerState.RUNNING);
            assertThat(vm.statusTextProperty().get()).startsWith("Running on port " + port + ", not encrypted");
            assertThat(vm.summaryProperty().get()).isEqualTo("Running Clear :" + port);
            assertThat(changes.get()).isEqualTo(before + 1);

            vm.stop();
            vm.refresh();
            assertThat(vm.stateProperty().get()).isEqualTo(ServerState.STOPPED);
            assertThat(vm.summaryProperty().get()).isEqualTo("Stopped");
        }
    }

    @Test
    void theLogShowsTheChosenServiceUpToTheChosenLevel() {
        ServiceDefinition a = ServiceDefinition.named("A");
        ServiceDefinition b = ServiceDefinition.named("B").toBuilder().port(2400).build();
        try (EmbeddedServers servers = new EmbeddedServers(home::resolve)) {
            ServerViewModel vm = new ServerViewModel(
                    new SimpleObjectProperty<>(new ServiceConfiguration(List.of(a, b))), servers);
            vm.append("A", event(ServerEvent.Kind.CONNECTED));
            vm.append("A", event(ServerEvent.Kind.REQUEST));
            vm.append("A", event(ServerEvent.Kind.ERROR));
            vm.append("B", event(ServerEvent.Kind.CONNECTED));
            assertThat(vm.visibleLog()).hasSize(3);
            vm.logLevelProperty().set(LogLevel.ERRORS);
            assertThat(vm.visibleLog()).extracting(l -> l.event().kind())
                    .containsExactly(ServerEvent.Kind.CONNECTED, ServerEvent.Kind.ERROR);
            vm.logLevelProperty().set(LogLevel.BASIC);
            assertThat(vm.visibleLog()).extracting(l -> l.event().kind()).containsExactly(ServerEvent.Kind.CONNECTED);
            vm.serviceProperty().set("B");
            assertThat(vm.visibleLog()).singleElement().extracting(LogLine::service).isEqualTo("B");
        }
    }

    private static ServerEvent event(ServerEvent.Kind kind) {
        return new ServerEvent(Instant.now(), kind, "127.0.0.1:5000", kind.name().toLowerCase());
    }
}
