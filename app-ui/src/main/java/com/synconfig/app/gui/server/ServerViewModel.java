package com.synconfig.app.gui.server;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerEvents;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.ServerState;
import com.synconfig.server.ServerStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Server screen: start, stop and restart the embedded server of the chosen service, its live state and
 * connections, and its log filtered by level. {@link #start()}, {@link #stop()} and {@link #restart()} block and
 * belong on a background thread; the rest runs where the properties live.
 */
public final class ServerViewModel {

    static final int LOG_LIMIT = 5000;

    private final EmbeddedServers servers;
    private final ObservableList<String> serviceNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> service = new SimpleObjectProperty<>(this, "service");
    private final ReadOnlyObjectWrapper<ServerState> state = new ReadOnlyObjectWrapper<>(this, "state", ServerState.STOPPED);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<ConnectionInfo> connections = FXCollections.observableArrayList();
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final ObjectProperty<LogLevel> logLevel = new SimpleObjectProperty<>(this, "logLevel", LogLevel.DATA);
    private final FilteredList<LogLine> visibleLog = new FilteredList<>(log);
    private ServiceConfiguration configuration = new ServiceConfiguration(List.of());
    private Runnable onStatesChanged = () -> { };
    private String lastStates = "";

    public ServerViewModel(ObservableValue<ServiceConfiguration> services, EmbeddedServers servers) {
        this.servers = servers;
        services.addListener((o, was, now) -> servicesChanged(now));
        service.addListener(o -> refresh());
        logLevel.addListener(o -> refilter());
        service.addListener(o -> refilter());
        servicesChanged(services.getValue());
        refilter();
    }

    private void servicesChanged(ServiceConfiguration now) {
        configuration = now == null ? new ServiceConfiguration(List.of()) : now;
        String keep = service.get();
        serviceNames.setAll(configuration.names());
        service.set(keep != null && serviceNames.contains(keep) ? keep
                : serviceNames.isEmpty() ? null : serviceNames.get(0));
    }

    private void refilter() {
        LogLevel level = logLevel.get();
        String shown = service.get();
        visibleLog.setPredicate(line -> line.service().equals(shown)
                && level.includes(ServerEvents.levelOf(line.event().kind())));
    }

    /** Called when any service's running state changed (the services table and the status bar follow it). */
    public void setOnStatesChanged(Runnable r) {
        onStatesChanged = r;
    }

    public Optional<ServiceDefinition> selectedService() {
        return service.get() == null ? Optional.empty() : configuration.find(service.get());
    }

    /** Starts the selected service as currently edited (blocking). */
    public ServerStatus start() throws ServerStartException, IOException {
        ServiceDefinition s = selectedService().orElseThrow(() -> new IllegalStateException("No service is chosen."));
        return servers.start(s);
    }

    /** Stops the selected service's server gracefully (blocking). */
    public void stop() {
        if (service.get() != null) {
            servers.stop(service.get());
        }
    }

    /** Stops and starts again with the service as currently edited (blocking); disconnects every client. */
    public ServerStatus restart() throws ServerStartException, IOException {
        stop();
        return start();
    }

    /** How many clients a restart or stop would disconnect now. */
    public int connectedClients() {
        return connections.size();
    }

    /** Reads the servers' state (cheap); call it periodically and after start/stop. */
    public void refresh() {
        String name = service.get();
        Optional<ServerStatus> status = name == null ? Optional.empty() : servers.status(name);
        ServerState now = name == null ? ServerState.STOPPED : servers.state(name);
        state.set(now);
        connections.setAll(status.filter(s -> now == ServerState.RUNNING).map(ServerStatus::connections)
                .orElse(List.of()));
        statusText.set(status.filter(s -> now == ServerState.RUNNING).map(ServerViewModel::describe)
                .orElse(now.name().charAt(0) + now.name().substring(1).toLowerCase()));
        String states = String.join(",", configuration.names().stream().map(n -> n + "=" + servers.state(n)).toList());
        summary.set(runningSummary());
        if (!states.equals(lastStates)) {
            lastStates = states;
            onStatesChanged.run();
        }
    }

    private String runningSummary() {
        List<String> running = configuration.names().stream()
                .filter(n -> servers.state(n) == ServerState.RUNNING)
                .map(n -> n + " :" + servers.status(n).map(ServerStatus::port).orElse(0)).toList();
        return running.isEmpty() ? "Stopped" : "Running " + String.join(", ", running);
    }

    static String describe(ServerStatus s) {
        Duration up = s.uptime();
        String uptime = String.format("%d:%02d:%02d", up.toHours(), up.toMinutesPart(), up.toSecondsPart());
        String tls = s.encrypted() ? s.tlsEngine() + " " + String.join(", ", s.protocols()) : "not encrypted";
        return "Running on port " + s.port() + ", " + tls + ", up " + uptime + ", " + s.connections().size()
                + (s.connections().size() == 1 ? " connection" : " connections")
                + (s.internalErrors() == 0 ? "" : ", " + s.internalErrors() + " failed inside the server (see the log)")
                + (s.deadWorkers() == 0 ? "" : ", " + s.deadWorkers() + " request workers down: restart the service");
    }

    /** Adds an event to the log (the oldest lines go beyond {@value #LOG_LIMIT}). */
    public void append(String serviceName, ServerEvent event) {
        log.add(new LogLine(serviceName, event));
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    public ObservableList<String> serviceNames() { return serviceNames; }
    public ObjectProperty<String> serviceProperty() { return service; }
    public ReadOnlyObjectProperty<ServerState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    /** Every running server in a few words, for the status bar. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public ObservableList<ConnectionInfo> connections() { return connections; }
    public ObservableList<LogLine> visibleLog() { return visibleLog; }
    public ObjectProperty<LogLevel> logLevelProperty() { return logLevel; }
}
