package com.synconfig.server.net;

import io.netty.util.concurrent.EventExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A connection's worker that no task can kill. Netty's single-thread executors stop for good when a task throws,
 * and every connection pinned to that worker then waits forever; so whatever a task throws (an
 * {@link OutOfMemoryError} included) goes to the task's failure handler, and a failing handler is contained too.
 */
final class GuardedWorker {

    private final EventExecutor worker;

    GuardedWorker(EventExecutor worker) {
        this.worker = worker;
    }

    /** @throws RejectedExecutionException when the server is stopping and takes no more tasks */
    void execute(Runnable task, Consumer<Throwable> onFailure) {
        worker.execute(() -> runContained(task, onFailure));
    }

    static void runContained(Runnable task, Consumer<Throwable> onFailure) {
        try {
            task.run();
        } catch (Throwable failure) {
            try {
                onFailure.accept(failure);
            } catch (Throwable alsoFailed) {
                // nothing more can be done for this request; the worker itself must live on
            }
        }
    }
}
