package com.synconfig.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.concurrent.DefaultEventExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** No task can stop a connection's worker: not an OutOfMemoryError, not a failure handler that fails too. */
class GuardedWorkerTest {

    @Test
    void aBareNettyWorkerDiesOfAThrowingTaskWhichIsWhyTheGuardExists() throws Exception {
        DefaultEventExecutor bare = new DefaultEventExecutor();
        bare.execute(() -> {
            throw new OutOfMemoryError("simulated");
        });
        assertThat(bare.terminationFuture().await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bare.isShuttingDown()).isTrue();
    }

    @Test
    void theWorkerSurvivesAnOutOfMemoryErrorAndReportsIt() throws Exception {
        DefaultEventExecutor executor = new DefaultEventExecutor();
        try {
            GuardedWorker worker = new GuardedWorker(executor);
            AtomicReference<Throwable> reported = new AtomicReference<>();
            worker.execute(() -> {
                throw new OutOfMemoryError("simulated");
            }, reported::set);
            worker.execute(() -> {
                throw new IllegalStateException("a bug");
            }, failure -> {
                throw new IllegalStateException("and a bug in the handler");
            });
            CompletableFuture<String> later = new CompletableFuture<>();
            worker.execute(() -> later.complete("served"), later::completeExceptionally);
            assertThat(later.get(10, TimeUnit.SECONDS)).isEqualTo("served");
            assertThat(reported.get()).isInstanceOf(OutOfMemoryError.class);
            assertThat(executor.isShuttingDown()).isFalse();
        } finally {
            executor.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
