package com.synconfig.server;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Waits (generously, for a loaded machine) for something the server does asynchronously, e.g. closing a channel. */
public final class Eventually {

    private Eventually() {
    }

    public static void holds(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition still false after 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}
