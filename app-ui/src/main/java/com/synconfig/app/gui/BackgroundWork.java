package com.synconfig.app.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The GUI's one way of doing slow work: the inputs are captured on the FX thread (in the callable's closure), the
 * work runs on a few daemon threads (closing the window never waits on it), and the result or failure comes back
 * on the FX thread.
 */
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

    /** Runs {@code work} off the FX thread, then {@code done} or {@code failed} on it. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        return run(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
