package com.synconfig.app.gui.server;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerEvents;
import com.synconfig.server.ServerState;
import com.synconfig.server.control.ServerLogTail;
import com.synconfig.server.control.ServiceControlException;
import com.synconfig.server.control.ServiceController;
import com.synconfig.server.control.ServiceRuntime;
import com.synconfig.server.control.StatusFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
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
 * The Server screen and the state every screen shows: which services run, under which service manager, their
 * connections and log. Everything comes from the service controller, so a service started by
 * {@code synconfig server start} or systemd shows here as running, and one started here keeps running when the
 * program closes. {@link #poll()} reads the disk and may be slow: it runs off the FX thread; {@link #apply} and
 * the rest run on it. {@link #start()}, {@link #stop()} and {@link #restart()} block and run off it too.
 */
public final class ServerViewModel {

    static final int LOG_LIMIT = 5000;

    private final ServiceController controller;
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
    private final Map<String, ServerLogTail> tails = new ConcurrentHashMap<>();
    private volatile ServiceConfiguration configuration = new ServiceConfiguration(List.of());
    private Map<String, ServiceRuntime> runtimes = Map.of();
    private Runnable onStatesChanged = () -> { };

    /** @param services the services as saved and edited (the document's); Start runs the saved ones */
    public ServerViewModel(ObservableValue<ServiceConfiguration> services, ServiceController controller) {
        this.controller = controller;
        services.addListener((o, was, now) -> servicesChanged(now));
        service.addListener(o -> show());
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

    /** What {@link #poll()} found: every service's state and the new lines of each log. */
    public record Snapshot(Map<String, ServiceRuntime> runtimes, List<LogLine> newLines) {
    }

    /** Reads every configured service's state and new log lines (slow: status files, the service manager). */
    public Snapshot poll() {
        Map<String, ServiceRuntime> found = new LinkedHashMap<>();
        List<LogLine> lines = new ArrayList<>();
        for (ServiceDefinition s : configuration.services()) {
            try {
                found.put(s.name(), controller.status(s));
                ServerLogTail tail = tails.computeIfAbsent(s.name(),
                        n -> new ServerLogTail(controller.layouts().of(s).logFile()));
                tail.poll().forEach(e -> lines.add(new LogLine(s.name(), e)));
            } catch (IllegalArgumentException invalidName) {
                // a service whose name is being edited: it has no files yet
            }
        }
        return new Snapshot(found, lines);
    }

    /** Shows a snapshot (FX thread). */
    public void apply(Snapshot snapshot) {
        boolean changed = !states(snapshot.runtimes()).equals(states(runtimes));
        runtimes = snapshot.runtimes();
        log.addAll(snapshot.newLines());
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
        show();
        if (changed) {
            onStatesChanged.run();
        }
    }

    /** Polls and shows in one go, on the calling thread (tests; the screen polls in the background). */
    public void refresh() {
        apply(poll());
    }

    private static Map<String, ServerState> states(Map<String, ServiceRuntime> runtimes) {
        Map<String, ServerState> m = new LinkedHashMap<>();
        runtimes.forEach((k, v) -> m.put(k, v.state()));
        return m;
    }

    private void show() {
        Optional<ServiceRuntime> now = runtime(service.get());
        state.set(now.map(ServiceRuntime::state).orElse(ServerState.STOPPED));
        connections.setAll(now.flatMap(ServiceRuntime::status).map(StatusFile::connections).orElse(List.of()));
        statusText.set(now.map(ServerViewModel::describe).orElse(""));
        List<String> running = runtimes.values().stream().filter(ServiceRuntime::running)
                .map(r -> r.service() + " :" + r.status().orElseThrow().port()).toList();
        summary.set(running.isEmpty() ? "Stopped" : "Running " + String.join(", ", running));
    }

    public Optional<ServiceRuntime> runtime(String name) {
        return Optional.ofNullable(name == null ? null : runtimes.get(name));
    }

    /** The state of a service in one word, for the services table. */
    public ServerState stateOf(String name) {
        return runtime(name).map(ServiceRuntime::state).orElse(ServerState.STOPPED);
    }

    /** How many clients a running service has; empty when it is not running. */
    public OptionalInt connectedClients(String name) {
        return runtime(name).flatMap(ServiceRuntime::status).map(s -> OptionalInt.of(s.connections().size()))
                .orElse(OptionalInt.empty());
    }

    public Optional<ServiceDefinition> selectedService() {
        return service.get() == null ? Optional.empty() : configuration.find(service.get());
    }

    /** Starts the selected service as saved (blocking); the caller saves unsaved edits first. */
    public ServiceRuntime start() throws ServiceControlException {
        ServiceDefinition s = selectedService().orElseThrow(() -> new IllegalStateException("No service is chosen."));
        return controller.start(s, configuration.services());
    }

    /** Stops the selected service gracefully (blocking). */
    public void stop() throws ServiceControlException {
        Optional<ServiceDefinition> s = selectedService();
        if (s.isPresent()) {
            controller.stop(s.get());
        }
    }

    /** Stops and starts the selected service as saved (blocking); disconnects every client. */
    public ServiceRuntime restart() throws ServiceControlException {
        ServiceDefinition s = selectedService().orElseThrow(() -> new IllegalStateException("No service is chosen."));
        return controller.restart(s, configuration.services());
    }

    /** How many clients a restart or stop of the selected service would disconnect now. */
    public int connectedClients() {
        return connections.size();
    }

    static String describe(ServiceRuntime r) {
        if (!r.running()) {
            String word = r.state().name().charAt(0) + r.state().name().substring(1).toLowerCase();
            return word + " (" + r.manager() + (r.problem().isEmpty() ? "" : ": " + r.problem()) + ")";
        }
        StatusFile s = r.status().orElseThrow();
        Duration up = Duration.between(s.startedAt(), Instant.now());
        String uptime = String.format("%d:%02d:%02d", up.toHours(), up.toMinutesPart(), up.toSecondsPart());
        String tls = s.encrypted() ? s.tlsEngine() + " " + String.join(", ", s.protocols()) : "not encrypted";
        return "Running on port " + s.port() + " (" + r.manager() + ", pid " + s.pid() + "), " + tls + ", up "
                + uptime + ", " + s.connections().size() + (s.connections().size() == 1 ? " connection" : " connections")
                + (s.internalErrors() == 0 ? "" : ", " + s.internalErrors() + " failed inside the server (see the log)")
                + (s.deadWorkers() == 0 ? "" : ", " + s.deadWorkers() + " request workers down: restart the service");
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
