package com.synconfig.server.store;

import java.nio.ByteBuffer;

/**
 * A running select: where it stands in key order. Each {@link #next} call continues where the last one stopped,
 * so the records of one select can go out in many frames, with other work between them.
 */
public interface SelectCursor {

    /**
     * Offers the following matching records, in key order, to {@code sink} until it refuses one (that record is
     * offered first on the next call) or the select has no more.
     *
     * @return {@code true} when the select is over: no record follows the ones taken
     */
    boolean next(RecordSink sink);

    /** Takes the records of a select, read in place. */
    @FunctionalInterface
    interface RecordSink {
        /**
         * @param record a read-only view of the record from its position to its limit, valid only during the call;
         *               a sink that moves its position puts it back
         * @return {@code true} when taken; {@code false} to refuse it (full): the select stops before it
         */
        boolean offer(ByteBuffer record);
    }
}
