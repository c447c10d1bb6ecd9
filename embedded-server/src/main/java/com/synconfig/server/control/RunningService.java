package com.synconfig.server.control;

import com.synconfig.model.service.ServiceLayout;
import com.synconfig.server.FileServer;
import com.synconfig.server.RollingServerLog;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** A service {@link ServiceRunner} started in this process; its status file is kept current until {@link #stop()}. */
public final class RunningService implements AutoCloseable {

    private final FileServer server;
    private final ServiceLayout layout;
    private final Instant startedAt = Instant.now();
    private final ScheduledExecutorService refresher;

    RunningService(FileServer server, ServiceLayout layout) {
        this.server = server;
        this.layout = layout;
        writeStatus();
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "synconfig-status-file");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::writeStatus, StatusFile.REFRESH_SECONDS, StatusFile.REFRESH_SECONDS,
                TimeUnit.SECONDS);
    }

    private void writeStatus() {
        try {
            StatusFile.of(server.status(), startedAt).write(layout.statusFile());
        } catch (IOException e) {
            LoggerFactory.getLogger(RunningService.class).warn("cannot write {}: {}", layout.statusFile(), e.toString());
        }
    }

    public FileServer server() {
        return server;
    }

    public ServiceLayout layout() {
        return layout;
    }

    /** Stops gracefully (open files are closed and committed), removes the status file, closes the log. */
    public void stop() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS); // a write in progress must not bring the file back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
        StatusFile.remove(layout.statusFile());
        RollingServerLog.uninstall();
    }

    @Override
    public void close() {
        stop();
    }
}
