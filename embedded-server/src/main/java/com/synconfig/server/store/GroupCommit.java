package com.synconfig.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Many writers, one commit: each writer queues its change and competes to lead; the leader takes every change
 * queued so far and hands them to the {@link Committer} as one batch (one transaction, one sync), while the others
 * wait for the leader to finish. A writer whose change was in a finished batch returns its outcome; one whose
 * change came too late leads the next batch. So under load each sync carries the changes that queued during the
 * previous one, and a lone writer still commits at once.
 *
 * @param <T> the transaction a change runs in
 */
final class GroupCommit<T> {

    /** Runs a batch of changes in one transaction and makes it durable, recording each change's outcome. */
    @FunctionalInterface
    interface Committer<T> {
        void commit(List<Change<T, ?>> batch);
    }

    /** One writer's change and, once its batch is done, its outcome. */
    static final class Change<T, R> {
        private final Function<T, R> work;
        private R result;
        private RuntimeException failure;
        private boolean done;

        private Change(Function<T, R> work) {
            this.work = work;
        }

        /** Runs the change in {@code txn}; may run again in a new transaction when the batch has to be replayed. */
        void apply(T txn) {
            result = work.apply(txn);
        }

        void succeed() {
            done = true;
        }

        void fail(RuntimeException why) {
            failure = why;
            done = true;
        }
    }

    private final ConcurrentLinkedQueue<Change<T, ?>> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leading = new ReentrantLock();
    private final Committer<T> committer;

    GroupCommit(Committer<T> committer) {
        this.committer = committer;
    }

    /** Runs {@code work} in a durable transaction shared with whatever other changes are queued meanwhile. */
    <R> R run(Function<T, R> work) {
        Change<T, R> mine = new Change<>(work);
        queued.add(mine);
        leading.lock();
        try {
            if (!mine.done) {
                List<Change<T, ?>> batch = new ArrayList<>();
                for (Change<T, ?> c = queued.poll(); c != null; c = queued.poll()) {
                    batch.add(c);
                }
                try {
                    committer.commit(batch);
                } catch (RuntimeException e) {
                    batch.stream().filter(c -> !c.done).forEach(c -> c.fail(e));
                }
            }
        } finally {
            leading.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }
}
