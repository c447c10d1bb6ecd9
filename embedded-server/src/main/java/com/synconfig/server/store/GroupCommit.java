package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Many writers, one commit: a writer queues its change; when no batch is being committed it leads, taking every
 * change queued so far and handing them to the {@link Committer} as one batch (one transaction, one sync). The
 * others wait; when the batch is done its writers return their outcomes and one of those still waiting leads the
 * next batch with everything that queued meanwhile. So under load each sync carries the changes that arrived
 * during the previous one, and a lone writer still commits at once.
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
        /**
         * Set by the leader, outside the monitor, after the outcome: a writer woken early (spuriously) that sees it
         * sees the outcome too.
         */
        private volatile boolean done;

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

    private final Committer<T> committer;
    /** Changes waiting for the next batch; guarded by {@code this}. */
    private List<Change<T, ?>> queued = new ArrayList<>();
    /** Whether a writer is committing a batch; guarded by {@code this}. */
    private boolean leading;

    GroupCommit(Committer<T> committer) {
        this.committer = committer;
    }

    /** Runs {@code work} in a durable transaction shared with whatever other changes are queued meanwhile. */
    <R> R run(Function<T, R> work) {
        Change<T, R> mine = new Change<>(work);
        List<Change<T, ?>> batch;
        synchronized (this) {
            queued.add(mine);
            boolean interrupted = false;
            while (leading && !mine.done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // a durable write is not abandoned half way; the caller sees the interrupt
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (mine.done) {
                return outcome(mine);
            }
            leading = true;
            batch = queued;
            queued = new ArrayList<>();
        }
        try {
            committer.commit(batch);
        } catch (RuntimeException e) {
            batch.stream().filter(c -> !c.done).forEach(c -> c.fail(e));
        } finally {
            synchronized (this) {
                // whatever the committer left open (an Error went through it) failed: no writer waits for it forever
                batch.stream().filter(c -> !c.done).forEach(c -> c.fail(new StoreException(ErrorCode.IOFAIL,
                        "the commit did not finish")));
                leading = false;
                notifyAll(); // the batch's writers return; one of the others leads the next batch
            }
        }
        return outcome(mine);
    }

    private static <R> R outcome(Change<?, R> change) {
        if (change.failure != null) {
            throw change.failure;
        }
        return change.result;
    }
}
