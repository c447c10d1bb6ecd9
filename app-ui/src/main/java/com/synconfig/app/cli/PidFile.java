package com.synconfig.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.server.ServerStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code rsynd.pid} in the service directory: which process runs the service and how it started, so
 * {@code server stop} and {@code server status} from another process find it.
 */
record PidFile(long pid, String service, int port, boolean encrypted, String tlsEngine, List<String> protocols,
               Instant startedAt) {

    static final String NAME = "rsynd.pid";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static PidFile of(ServerStatus s) {
        return new PidFile(ProcessHandle.current().pid(), s.service(), s.port(), s.encrypted(), s.tlsEngine(),
                s.protocols(), Instant.now());
    }

    void write(Path serviceDir) throws IOException {
        Files.createDirectories(serviceDir);
        Path tmp = serviceDir.resolve(NAME + ".tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toMap()));
        Files.move(tmp, serviceDir.resolve(NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("pid", pid);
        m.put("service", service);
        m.put("port", port);
        m.put("encrypted", encrypted);
        m.put("tlsEngine", tlsEngine);
        m.put("protocols", protocols);
        m.put("startedAt", startedAt.toString());
        return m;
    }

    /** The pid file of a live server process; a stale file (its process gone) is removed. */
    static Optional<PidFile> readLive(Path serviceDir) {
        Path file = serviceDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var n = JSON.readTree(file.toFile());
            List<String> protocols = new java.util.ArrayList<>();
            n.get("protocols").forEach(p -> protocols.add(p.asText()));
            PidFile p = new PidFile(n.get("pid").asLong(), n.get("service").asText(), n.get("port").asInt(),
                    n.get("encrypted").asBoolean(), n.get("tlsEngine").asText(), protocols,
                    Instant.parse(n.get("startedAt").asText()));
            if (ProcessHandle.of(p.pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(p);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a half-written or foreign file: treat as stale
        }
        remove(serviceDir);
        return Optional.empty();
    }

    static void remove(Path serviceDir) {
        try {
            Files.deleteIfExists(serviceDir.resolve(NAME));
        } catch (IOException ignored) {
            // nothing more to clean up
        }
    }
}
