package com.synconfig.server.client;

import com.synconfig.server.wire.ProtocolException;
import com.synconfig.server.wire.Response;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The frames of one SELECT's streamed answer as they arrive: BATCH frames, the last with {@code more} = 0, or an
 * ERROR (possibly after some BATCH frames) that ends it. Records go on to the consumer in order. A consumer that
 * throws gets no further record, yet the rest of the answer is still read, so the connection stays in step for the
 * next request; {@link #end} rethrows its exception.
 */
final class SelectAnswer {

    private final Consumer<byte[]> each;
    private long records;
    private RuntimeException consumerFailure;
    private Response.Error error;

    SelectAnswer(Consumer<byte[]> each) {
        this.each = each;
    }

    /** @return {@code true} when more frames of this answer follow */
    boolean take(Response frame) {
        if (frame instanceof Response.Batch batch) {
            batch.records().forEach(this::deliver);
            return batch.more();
        }
        if (frame instanceof Response.Error e) {
            error = e;
            return false;
        }
        throw new ProtocolException("the server sent " + frame.getClass().getSimpleName().toUpperCase(Locale.ROOT)
                + " where the select's next BATCH frame belongs");
    }

    private void deliver(byte[] record) {
        records++;
        if (consumerFailure == null) {
            try {
                each.accept(record);
            } catch (RuntimeException e) {
                consumerFailure = e;
            }
        }
    }

    /** Records received so far. */
    long records() {
        return records;
    }

    /**
     * After the last frame: rethrows what the consumer threw, else returns the server's error answer ({@code null}
     * when the select succeeded).
     */
    Response.Error end() {
        if (consumerFailure != null) {
            throw consumerFailure;
        }
        return error;
    }
}
