package com.synconfig.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rsynd.pid} in the service directory: which process runs the service, how it started, and its
 * connections (the server rewrites it every {@value #REFRESH_SECONDS} s), so {@code server stop} and
 * {@code server status} from another process find and describe it.
 */
record PidFile(long pid, String service, int port, boolean encrypted, String tlsEngine, List<String> protocols,
               Instant startedAt, Instant updatedAt, List<ConnectionInfo> connections, long internalErrors,
               int deadWorkers) {

    static final String NAME = "rsynd.pid";
    static final int REFRESH_SECONDS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    static PidFile of(ServerStatus s, Instant startedAt) {
        return new PidFile(ProcessHandle.current().pid(), s.service(), s.port(), s.encrypted(), s.tlsEngine(),
                s.protocols(), startedAt, Instant.now(), s.connections(), s.internalErrors(), s.deadWorkers());
    }

    void write(Path serviceDir) throws IOException {
        Files.createDirectories(serviceDir);
        Path tmp = serviceDir.resolve(NAME + ".tmp");
        Files.writeString(tmp, Json.write(toMap()));
        Files.move(tmp, serviceDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid);
        m.put("service", service);
        m.put("port", port);
        m.put("encrypted", encrypted);
        m.put("tlsEngine", tlsEngine);
        m.put("protocols", protocols);
        m.put("startedAt", startedAt.toString());
        m.put("updatedAt", updatedAt.toString());
        m.put("internalErrors", internalErrors);
        m.put("deadWorkers", deadWorkers);
        List<Map<String, Object>> conns = new ArrayList<>();
        for (ConnectionInfo c : connections) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("remote", c.remote());
            cm.put("user", c.user());
            cm.put("protocol", c.protocol());
            cm.put("cipher", c.cipher());
            cm.put("openFiles", c.openFiles());
            cm.put("bytesIn", c.bytesIn());
            cm.put("bytesOut", c.bytesOut());
            cm.put("since", c.since().toString());
            conns.add(cm);
        }
        m.put("connections", conns);
        return m;
    }

    /** The pid file of a live server process; a stale file (its process gone) is removed. */
    static Optional<PidFile> readLive(Path serviceDir) {
        Path file = serviceDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            PidFile p = parse(JSON.readTree(file.toFile()));
            if (ProcessHandle.of(p.pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(p);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a half-written or foreign file: treat as stale
        }
        remove(serviceDir);
        return Optional.empty();
    }

    private static PidFile parse(JsonNode n) {
        List<ConnectionInfo> conns = new ArrayList<>();
        for (JsonNode c : n.path("connections")) {
            conns.add(new ConnectionInfo(c.get("remote").asText(), c.get("user").asText(), c.get("protocol").asText(),
                    c.get("cipher").asText(), texts(c.get("openFiles")), c.get("bytesIn").asLong(),
                    c.get("bytesOut").asLong(), Instant.parse(c.get("since").asText())));
        }
        return new PidFile(n.get("pid").asLong(), n.get("service").asText(), n.get("port").asInt(),
                n.get("encrypted").asBoolean(), n.get("tlsEngine").asText(), texts(n.get("protocols")),
                Instant.parse(n.get("startedAt").asText()), Instant.parse(n.get("updatedAt").asText()), conns,
                n.path("internalErrors").asLong(), n.path("deadWorkers").asInt());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    static void remove(Path serviceDir) {
        try {
            Files.deleteIfExists(serviceDir.resolve(NAME));
        } catch (IOException ignored) {
            // nothing more to clean up
        }
    }
}
