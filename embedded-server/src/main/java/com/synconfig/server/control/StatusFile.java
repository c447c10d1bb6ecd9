package com.synconfig.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.model.files.AtomicFiles;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status file ({@code rsynd.pid}, {@link com.synconfig.model.service.ServiceLayout#statusFile()}): which process
 * runs the service, how it started, its connections and health. The server rewrites it every
 * {@value #REFRESH_SECONDS} s, so every face (the GUI, {@code server status}, another process) sees the same server
 * whoever started it.
 */
public record StatusFile(long pid, String service, int port, boolean encrypted, String tlsEngine, List<String> protocols,
               Instant startedAt, Instant updatedAt, List<ConnectionInfo> connections, long internalErrors,
               int deadWorkers) {

    static final int REFRESH_SECONDS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    static StatusFile of(ServerStatus s, Instant startedAt) {
        return new StatusFile(ProcessHandle.current().pid(), s.service(), s.port(), s.encrypted(), s.tlsEngine(),
                s.protocols(), startedAt, Instant.now(), s.connections(), s.internalErrors(), s.deadWorkers());
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toMap()));
    }

    /** The fields as {@code server status --json} prints them. */
    public Map<String, Object> toMap() {
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

    /** The status file of a live server process; a stale file (its process gone) is removed. */
    public static Optional<StatusFile> readLive(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            StatusFile p = parse(JSON.readTree(file.toFile()));
            if (ProcessHandle.of(p.pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(p);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a half-written or foreign file: treat as stale
        }
        remove(file);
        return Optional.empty();
    }

    private static StatusFile parse(JsonNode n) {
        List<ConnectionInfo> conns = new ArrayList<>();
        for (JsonNode c : n.path("connections")) {
            conns.add(new ConnectionInfo(c.get("remote").asText(), c.get("user").asText(), c.get("protocol").asText(),
                    c.get("cipher").asText(), texts(c.get("openFiles")), c.get("bytesIn").asLong(),
                    c.get("bytesOut").asLong(), Instant.parse(c.get("since").asText())));
        }
        return new StatusFile(n.get("pid").asLong(), n.get("service").asText(), n.get("port").asInt(),
                n.get("encrypted").asBoolean(), n.get("tlsEngine").asText(), texts(n.get("protocols")),
                Instant.parse(n.get("startedAt").asText()), Instant.parse(n.get("updatedAt").asText()), conns,
                n.path("internalErrors").asLong(), n.path("deadWorkers").asInt());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to clean up
        }
    }
}
