package com.synconfig.app.gui.server;

import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.ServerState;
import com.synconfig.server.ServerStatus;
import com.synconfig.server.tls.ServiceTlsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The embedded servers this program runs, one per service at most. Thread-safe: starting and stopping run on
 * background threads, status is read on the FX thread. Events of every server go to the subscribers with the
 * service's name (on server threads).
 */
public final class EmbeddedServers implements AutoCloseable {

    private final Function<String, Path> serviceDir;
    private final Map<String, FileServer> servers = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<BiConsumer<String, ServerEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** @param serviceDir a service's runtime directory (user file, default data root and certificate) */
    public EmbeddedServers(Function<String, Path> serviceDir) {
        this.serviceDir = serviceDir;
    }

    public void subscribe(BiConsumer<String, ServerEvent> subscriber) {
        subscribers.add(subscriber);
    }

    /** Starts {@code service} as it is defined now (slow: binds, loads the certificate); replaces a stopped server. */
    public ServerStatus start(ServiceDefinition service) throws ServerStartException, IOException {
        FileServer existing = servers.get(service.name());
        if (existing != null && existing.state() == ServerState.RUNNING) {
            return existing.status();
        }
        Path dir = serviceDir.apply(service.name());
        Files.createDirectories(dir);
        if (service.dataRoot() == null) {
            Files.createDirectories(dir.resolve("data"));
        }
        ServerSettings settings = ServerSettings.from(service, dir,
                service.encrypt() ? ServiceTlsSource.of(service, dir, null) : null);
        FileServer server = new FileServer(settings);
        server.events().subscribe(e -> subscribers.forEach(s -> s.accept(service.name(), e)));
        servers.put(service.name(), server);
        server.start();
        return server.status();
    }

    /** Stops the service's server gracefully; nothing happens when it is not running. */
    public void stop(String name) {
        FileServer server = servers.get(name);
        if (server != null) {
            server.stop();
        }
    }

    public ServerState state(String name) {
        FileServer server = servers.get(name);
        return server == null ? ServerState.STOPPED : server.state();
    }

    public Optional<ServerStatus> status(String name) {
        FileServer server = servers.get(name);
        return server == null ? Optional.empty() : Optional.of(server.status());
    }

    /** Whether any server is running (the window asks before closing over them). */
    public long runningCount() {
        return servers.values().stream().filter(s -> s.state() == ServerState.RUNNING).count();
    }

    @Override
    public void close() {
        servers.values().forEach(FileServer::close);
    }
}
