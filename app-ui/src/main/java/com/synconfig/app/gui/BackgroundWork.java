package com.synconfig.app.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs long work off the FX thread on a few daemon threads, so closing the window never waits on it. */
public final class BackgroundWork implements AutoCloseable {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "synconfig-gui-work-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public <T> Task<T> run(Task<T> task) {
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
