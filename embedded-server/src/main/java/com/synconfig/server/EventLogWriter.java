package com.synconfig.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes server events off the threads that emit them, so that an event loop never waits for the log file: one
 * thread per process drains a bounded queue in batches (the log file is flushed once per batch, not per line),
 * in the order the events were queued. When the queue is full the event is not queued and the caller goes on
 * (an event loop must never block); {@link ServerEvents} counts what it could not queue and logs the count with
 * its next event. {@link #flush()} waits until everything queued before it is written: a graceful stop loses
 * nothing.
 */
final class EventLogWriter {

    /** Events waiting at most; about 4 MB of short lines. */
    static final int CAPACITY = 16_384;
    /** Most events written before the file is flushed. */
    private static final int MAX_BATCH = 1_024;
    /** After a batch, the writer waits this long for more to gather (unless a flush is asked for). */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long FLUSH_WAIT_SECONDS = 30;
    /** At most this long a process that exits without stopping its servers waits for its last lines. */
    private static final long EXIT_FLUSH_SECONDS = 3;

    /** One event to write: the {@link ServerEvents} that emitted it writes it. */
    interface Entry {
        void write();
    }

    private static final class Holder {
        static final EventLogWriter INSTANCE = new EventLogWriter();
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    /** The writer found the queue empty and waits to be woken (set only by the writer). */
    private volatile boolean idle;

    private EventLogWriter() {
        thread = new Thread(this::run, "synconfig-event-log");
        thread.setDaemon(true); // a process that exits without stopping its servers must not hang on its log
        thread.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> flush(EXIT_FLUSH_SECONDS), "synconfig-event-log-flush"));
    }

    static EventLogWriter instance() {
        return Holder.INSTANCE;
    }

    /** Queues an event without ever blocking; {@code false} when the queue is full and it was not queued. */
    boolean offer(Entry e) {
        if (!queue.offer(e)) {
            return false;
        }
        if (idle) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    /** Waits until every event queued before this call is written (and the log file flushed). */
    void flush() {
        flush(FLUSH_WAIT_SECONDS);
    }

    private void flush(long seconds) {
        if (Thread.currentThread() == thread) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds); // for the queueing and the writing
        CountDownLatch written = new CountDownLatch(1);
        try {
            if (!queue.offer(written, seconds, TimeUnit.SECONDS)) {
                return;
            }
            LockSupport.unpark(thread);
            written.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Object> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            writeNextBatch(batch);
        }
    }

    /** One turn of the writer (a method of its own, so that the JIT compiles it: the loop above never returns). */
    private void writeNextBatch(List<Object> batch) {
        queue.drainTo(batch, MAX_BATCH);
        if (batch.isEmpty()) {
            idle = true;
            if (queue.isEmpty()) { // after idle is set: an offer from now on wakes this thread
                LockSupport.park(this);
            }
            idle = false;
            return;
        }
        boolean flushAsked = writeAll(batch);
        if (!flushAsked && batch.size() < MAX_BATCH) {
            LockSupport.parkNanos(this, LINGER_NANOS); // let more gather: one flush for many lines
        }
        batch.clear();
    }

    /** Writes a batch, flushes the log file, then releases the flushes waiting on it; says if there were any. */
    private static boolean writeAll(List<Object> batch) {
        List<CountDownLatch> waiting = new ArrayList<>();
        for (Object o : batch) {
            if (o instanceof Entry e) {
                try {
                    e.write();
                } catch (Throwable t) { // the writer must live on whatever one event does
                    // nothing to tell: the log is what failed
                }
            } else {
                waiting.add((CountDownLatch) o);
            }
        }
        try {
            RollingServerLog.flush();
        } catch (Throwable t) {
            // the file appender reports its own I/O errors (logback status)
        }
        waiting.forEach(CountDownLatch::countDown);
        return !waiting.isEmpty();
    }
}
